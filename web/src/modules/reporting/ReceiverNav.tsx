import { Flex, Segmented, Typography } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useLocale } from '../../app/locale';
import { PATHS } from '../../app/paths';
import { useMe } from '../../app/session';
import { BOARDS } from './labels';

export const ECO_REPORTS = `${PATHS.eco}?tab=reports`;

export const RECEIVER_PATHS = {
  inbox: PATHS.reports,
  completeness: `${PATHS.reports}/tinh-hinh-nop`,
  batch: `${PATHS.reports}/nhap-excel`,
} as const;

/** The receiving side's pages: inbox, completeness and (Boards only) the batch Excel upload. */
export function ReceiverNav() {
  const { t } = useLocale();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const role = useMe().data?.role;
  const board = role !== undefined && BOARDS.includes(role);
  const options = [
    { value: RECEIVER_PATHS.inbox, label: t('reporting.nav.inbox') },
    { value: RECEIVER_PATHS.completeness, label: t('reporting.nav.completeness') },
    ...(board ? [{ value: RECEIVER_PATHS.batch, label: t('reporting.nav.batch') }] : []),
    // The annual eco reports have their own workflow in the eco module; the reporting pages lead there.
    { value: ECO_REPORTS, label: t('reporting.nav.eco') },
  ];
  return (
    <Flex justify="space-between" align="center" gap={12} wrap>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('reporting.title')}
      </Typography.Title>
      <Segmented
        value={pathname}
        options={options}
        onChange={(to) => navigate(String(to))}
        data-testid="receiver-nav"
      />
    </Flex>
  );
}
