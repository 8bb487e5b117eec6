import { MinusCircleOutlined, PlusOutlined, UserAddOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Form, type FormInstance, Input, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { OriginPreview } from '../../../../src/modules/investment/contract-records';
import { errorText } from '../../app/api';
import { formatDate } from '../../app/format';
import { useLocale } from '../../app/locale';
import { InvestorDrawer } from './InvestorDrawer';
import { InvestorSelect, useCountryName } from './pickers';
import { previewOrigin } from './queries';

export type ShareValue = { investorId?: string; share?: string };

/**
 * The investors of a project and their shares (%), as a list inside a form (`name`), with a
 * button to register a new investor on the spot.
 */
export function InvestorSharesField({ name, form }: { name: string; form: FormInstance }) {
  const { t } = useLocale();
  const [adding, setAdding] = useState(false);
  const [known, setKnown] = useState<Record<string, { id: string; name: string; nationality: string }>>({});
  return (
    <>
      <Form.List name={name}>
        {(fields, { add, remove }, { errors }) => (
          <Flex vertical gap={4} data-testid="investor-shares">
            {fields.map((f) => (
              <Flex key={f.key} gap={8} align="flex-start">
                <Form.Item
                  name={[f.name, 'investorId']}
                  rules={[{ required: true, message: t('inv.shares.chooseInvestor') }]}
                  style={{ flex: 1, marginBottom: 8 }}
                >
                  <InvestorSelect
                    placeholder={t('inv.shares.investor')}
                    testId={`share-investor-${f.name}`}
                    known={known[form.getFieldValue([name, f.name, 'investorId']) as string]}
                  />
                </Form.Item>
                <Form.Item
                  name={[f.name, 'share']}
                  rules={[{ required: true, message: t('inv.shares.enterShare') }]}
                  style={{ width: 130, marginBottom: 8 }}
                >
                  <Input suffix="%" placeholder="100" data-testid={`share-value-${f.name}`} />
                </Form.Item>
                <Button
                  type="text"
                  icon={<MinusCircleOutlined />}
                  onClick={() => remove(f.name)}
                  aria-label={t('inv.shares.remove')}
                />
              </Flex>
            ))}
            <Form.ErrorList errors={errors} />
            <Flex gap={8}>
              <Button icon={<PlusOutlined />} onClick={() => add({ share: '' })} data-testid="share-add">
                {t('inv.shares.add')}
              </Button>
              <Button icon={<UserAddOutlined />} onClick={() => setAdding(true)} data-testid="share-new-investor">
                {t('inv.shares.newInvestor')}
              </Button>
            </Flex>
          </Flex>
        )}
      </Form.List>
      <InvestorDrawer
        open={adding}
        investor={null}
        onClose={() => setAdding(false)}
        onSaved={(inv) => {
          setAdding(false);
          setKnown((k) => ({ ...k, [inv.id]: inv }));
          const list = (form.getFieldValue(name) as ShareValue[] | undefined) ?? [];
          const empty = list.findIndex((s) => !s?.investorId);
          const next =
            empty >= 0
              ? list.map((s, i) => (i === empty ? { ...s, investorId: inv.id } : s))
              : [...list, { investorId: inv.id, share: '' }];
          form.setFieldValue(name, next);
        }}
      />
    </>
  );
}

const complete = (list: ShareValue[] | undefined) =>
  (list ?? []).filter((s): s is { investorId: string; share: string } => Boolean(s?.investorId && s.share?.trim()));

/**
 * What the investors imply on `date`, asked of the server's rules before saving: FDI or DDI,
 * the legal reason and rule, the currency the certificate must use, the main partner.
 */
export function OriginPreviewBox({
  investors,
  date,
  onCurrency,
}: {
  investors: ShareValue[] | undefined;
  date: string | undefined;
  onCurrency?: (currency: 'USD' | 'VND' | undefined) => void;
}) {
  const { lang, t } = useLocale();
  const country = useCountryName();
  const [state, setState] = useState<{ loading: boolean; result?: OriginPreview; error?: string }>({ loading: false });
  const shares = complete(investors);
  const body =
    date && shares.length
      ? JSON.stringify({ date, investors: shares.map((s) => ({ ...s, share: s.share.trim().replace(',', '.') })) })
      : '';

  useEffect(() => {
    if (!body) {
      setState({ loading: false });
      onCurrency?.(undefined);
      return;
    }
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    const timer = setTimeout(() => {
      previewOrigin(JSON.parse(body), controller.signal)
        .then((result) => {
          setState({ loading: false, result });
          onCurrency?.(result.currency);
        })
        .catch((e: unknown) => {
          if (controller.signal.aborted) return;
          setState({ loading: false, error: errorText(e, lang) });
          onCurrency?.(undefined);
        });
    }, 300);
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [body, lang, onCurrency]);

  if (!body) return <Alert type="info" showIcon title={t('inv.origin.needInvestors')} />;
  if (state.loading && !state.result) return <Spin size="small" />;
  if (state.error) return <Alert type="warning" showIcon title={state.error} data-testid="origin-preview" />;
  const r = state.result;
  if (!r) return null;
  return (
    <Alert
      type={r.origin.origin === 'FDI' ? 'info' : 'success'}
      showIcon
      data-testid="origin-preview"
      title={
        <span data-testid="origin-preview-title">
          {t(r.origin.origin === 'FDI' ? 'inv.origin.fdiCurrency' : 'inv.origin.ddiCurrency', { currency: r.currency })}
        </span>
      }
      description={
        <Flex vertical gap={2}>
          <span>{r.origin.reason[lang]}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('inv.origin.rule', { basis: r.origin.rule.legalBasis, from: formatDate(r.origin.rule.effectiveFrom) })}
          </Typography.Text>
          {r.mainPartner && (
            <span>
              {t('inv.origin.mainPartner', { country: country(r.mainPartner.country), share: r.mainPartner.share })}
            </span>
          )}
        </Flex>
      }
    />
  );
}
