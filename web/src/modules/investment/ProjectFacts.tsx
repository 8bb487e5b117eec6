import { Card, Col, Descriptions, Flex, Row, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { PROJECT_TYPE_LABELS, type ProjectDetail } from '../../../../src/modules/investment/contract';
import { formatDate } from '../../app/format';
import { useLocale } from '../../app/locale';
import { PATHS } from '../../app/paths';
import { formatHectares, formatMoney } from './amounts';
import { PlaceLink } from './PlaceLink';
import { OriginTag, STATUS_COLORS } from './ProjectTable';
import { useCountryName } from './pickers';
import { useProvinceName } from './provinces';

type Investor = ProjectDetail['investors'][number];

/** Identity, place, the certificate as of the chosen day, FDI/DDI with its reason and rule, and the investors then. */
export function ProjectFacts({ project: p }: { project: ProjectDetail }) {
  const { lang, t } = useLocale();
  const country = useCountryName();
  const province = useProvinceName();
  const c = p.certificate;
  // The 2114 row named with the countries' names (the server names them by code).
  const groupLabel = (g: NonNullable<ProjectDetail['partnerGroup']>) => {
    const countries = g.countries.map(country).join(' - ');
    if (g.kind === 'vietnam') return t('inv.origin.group.vietnam');
    if (g.kind === 'single_country') return countries;
    if (g.kind === 'jv_with_vietnam') return t('inv.origin.group.jv', { countries });
    return t('inv.origin.group.foreignOnly', { countries });
  };
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Card title={t('inv.project.identity')} size="small" style={{ height: '100%' }}>
          <Descriptions column={1} size="small" data-testid="project-identity">
            <Descriptions.Item label={t('inv.project.code')}>{p.projectCode}</Descriptions.Item>
            <Descriptions.Item label={t('inv.project.name')}>{p.name}</Descriptions.Item>
            <Descriptions.Item label={t('inv.project.type')}>{PROJECT_TYPE_LABELS[p.type][lang]}</Descriptions.Item>
            <Descriptions.Item label={t('inv.project.enterprise')}>
              {p.enterprise ? (
                <Link to={`${PATHS.enterprises}/${p.enterprise.id}`}>
                  {p.enterprise.nameVi} ({t('inv.enterprise.taxCode')} {p.enterprise.taxCode})
                </Link>
              ) : (
                '—'
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('inv.project.place')}>
              <Flex vertical>
                <PlaceLink place={p.location} />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t(`inv.place.kind.${p.location.kind}`)} ·{' '}
                  {t('inv.place.provinceToday', { name: province(p.location.provinceCode) })}
                </Typography.Text>
              </Flex>
            </Descriptions.Item>
            <Descriptions.Item label={t('inv.project.sectors')}>{p.sectors.join(', ') || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('inv.project.objectives')}>
              <span style={{ whiteSpace: 'pre-line' }}>{p.objectives ?? '—'}</span>
            </Descriptions.Item>
          </Descriptions>
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card
          title={t('inv.certificate.stateOn', { date: formatDate(p.asOf) })}
          size="small"
          style={{ height: '100%' }}
        >
          <Descriptions column={1} size="small" data-testid="certificate-state">
            <Descriptions.Item label={t('inv.project.status')}>
              <Tag color={STATUS_COLORS[c.status]}>{c.statusLabel[lang]}</Tag>
              {c.endDocumentNo && t('inv.certificate.endedBy', { no: c.endDocumentNo, date: formatDate(c.endedOn) })}
            </Descriptions.Item>
            <Descriptions.Item label={t('inv.certificate.capital')}>
              <span data-testid="registered-capital">{formatMoney(c.registeredCapital)}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('inv.certificate.charter')}>
              <span data-testid="charter-capital">
                {c.charterCapital ? formatMoney(c.charterCapital) : t('inv.certificate.charterNone')}
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('inv.project.land')}>{formatHectares(c.landAreaHa)}</Descriptions.Item>
            <Descriptions.Item label={t('inv.certificate.issuedOn')}>{formatDate(c.issuedOn)}</Descriptions.Item>
            <Descriptions.Item label={t('inv.certificate.lastAdjustedOn')}>
              {formatDate(c.lastAdjustedOn)}
            </Descriptions.Item>
            <Descriptions.Item label={t('inv.certificate.objectives')}>
              {c.objectives.length ? c.objectives.join('; ') : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('inv.certificate.schedule')}>{c.schedule ?? '—'}</Descriptions.Item>
          </Descriptions>
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card title={t('inv.origin.title')} size="small" style={{ height: '100%' }} data-testid="project-origin">
          {p.origin ? (
            <Flex vertical gap={6}>
              <Flex gap={8} align="center">
                <OriginTag origin={p.origin.origin} />
                <Typography.Text strong>
                  {t(p.origin.origin === 'FDI' ? 'inv.origin.fdiCurrency' : 'inv.origin.ddiCurrency', {
                    currency: p.currency,
                  })}
                </Typography.Text>
              </Flex>
              <span>{p.origin.reason[lang]}</span>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('inv.origin.rule', {
                  basis: p.origin.rule.legalBasis,
                  from: formatDate(p.origin.rule.effectiveFrom),
                })}
                {' · '}
                {t('inv.origin.decidedOn', { date: formatDate(p.origin.decidedOn) })}
              </Typography.Text>
              {p.mainPartner && (
                <span>
                  {t('inv.origin.mainPartner', { country: country(p.mainPartner.country), share: p.mainPartner.share })}
                  {p.mainPartner.tiedWith.length > 0 &&
                    ` (${t('inv.origin.tiedWith', { countries: p.mainPartner.tiedWith.map(country).join(', ') })})`}
                </span>
              )}
              {p.mainPartner && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {p.mainPartner.legalBasis}
                </Typography.Text>
              )}
              {p.partnerGroup && <span>{t('inv.origin.group', { label: groupLabel(p.partnerGroup) })}</span>}
            </Flex>
          ) : (
            <Typography.Text type="secondary">{t('inv.origin.notIssued')}</Typography.Text>
          )}
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card
          title={t('inv.project.investorsOn', { date: formatDate(p.asOf) })}
          size="small"
          style={{ height: '100%' }}
        >
          <Table<Investor>
            rowKey="investorId"
            size="small"
            pagination={false}
            dataSource={p.investors}
            data-testid="project-investors"
            columns={[
              {
                title: t('inv.investor.name'),
                dataIndex: 'name',
                render: (name: string, i) => <Link to={`${PATHS.enterprises}/nha-dau-tu/${i.investorId}`}>{name}</Link>,
              },
              { title: t('inv.investor.nationality'), dataIndex: 'nationality', render: (n: string) => country(n) },
              {
                title: t('inv.shares.share'),
                dataIndex: 'share',
                width: 90,
                align: 'right',
                render: (s: string) => `${s.replace('.', ',')} %`,
              },
              {
                title: t('inv.shares.since'),
                dataIndex: 'validFrom',
                width: 110,
                render: (d: string) => formatDate(d),
              },
            ]}
          />
        </Card>
      </Col>
    </Row>
  );
}
