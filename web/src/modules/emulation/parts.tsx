import { Tag } from 'antd';
import { Link } from 'react-router';
import type { Role, UnitRef } from '../../../../src/modules/emulation/contract';
import type { MessageKey } from '../../app/i18n';
import { useLocale } from '../../app/locale';
import { PATHS } from '../../app/paths';

const ROLE_COLOURS: Record<Role, string> = { leader: 'gold', deputy: 'blue', member: 'default' };

export function RoleTag({ role }: { role: Role }) {
  const { t } = useLocale();
  return <Tag color={ROLE_COLOURS[role]}>{t(`emulation.role.${role}` as MessageKey)}</Tag>;
}

/** A unit's name linking to its page (history of roles and staff). */
export function UnitLink({ unit }: { unit: UnitRef }) {
  return <Link to={`${PATHS.emulation}/don-vi/${unit.id}`}>{unit.name}</Link>;
}
