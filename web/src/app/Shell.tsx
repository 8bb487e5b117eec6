import {
  ApartmentOutlined,
  BankOutlined,
  CalendarOutlined,
  CloudUploadOutlined,
  DashboardOutlined,
  EnvironmentOutlined,
  ExperimentOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  FolderOpenOutlined,
  GlobalOutlined,
  ProfileOutlined,
  ProjectOutlined,
  ReadOutlined,
  TableOutlined,
  TeamOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import { Button, Flex, Layout, Menu, type MenuProps, Typography } from 'antd';
import { type ReactNode, Suspense, useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { AccountMenu } from '../modules/account/AccountMenu';
import { LangSwitch } from '../ui/LangSwitch';
import { PageLoading } from '../ui/PageLoading';
import type { MessageKey } from './i18n';
import { useLocale } from './locale';
import { PATHS, signInPath } from './paths';
import { useMe } from './session';

interface NavItem {
  path: string;
  label: MessageKey;
  icon: ReactNode;
  adminOnly?: boolean;
  /** Registry pages read signed-in data: hidden from visitors. */
  signedIn?: boolean;
  /** Shown only to these roles. */
  roles?: readonly string[];
  /** The menu heading it sits under: the registry, statistics, the one-stop shop, programmes, administration. */
  group: NavGroup;
}

type NavGroup = 'registry' | 'statistics' | 'onestop' | 'programmes' | 'admin';
const NAV_GROUPS: readonly NavGroup[] = ['registry', 'statistics', 'onestop', 'programmes', 'admin'];

/** Only pages that exist: a module gets its entry when its pages are built. */
const NAV: NavItem[] = [
  { path: PATHS.map, label: 'nav.map', icon: <EnvironmentOutlined />, group: 'registry' },
  { path: PATHS.parks, label: 'nav.parks', icon: <ApartmentOutlined />, group: 'registry', signedIn: true },
  { path: PATHS.zones, label: 'nav.zones', icon: <GlobalOutlined />, group: 'registry', signedIn: true },
  { path: PATHS.enterprises, label: 'nav.enterprises', icon: <BankOutlined />, group: 'registry', signedIn: true },
  { path: PATHS.projects, label: 'nav.projects', icon: <ProjectOutlined />, group: 'registry', signedIn: true },
  { path: PATHS.imports, label: 'nav.imports', icon: <CloudUploadOutlined />, group: 'registry', signedIn: true },
  { path: PATHS.reports, label: 'nav.reports', icon: <FileTextOutlined />, group: 'statistics', signedIn: true },
  { path: PATHS.forms, label: 'nav.forms', icon: <TableOutlined />, group: 'statistics', signedIn: true },
  { path: PATHS.dashboard, label: 'nav.dashboard', icon: <DashboardOutlined />, group: 'statistics', signedIn: true },
  { path: PATHS.briefings, label: 'nav.briefings', icon: <ReadOutlined />, group: 'statistics', signedIn: true },
  { path: PATHS.procedures, label: 'nav.procedures', icon: <ProfileOutlined />, group: 'onestop' },
  {
    path: PATHS.dossiers,
    label: 'nav.dossiers',
    icon: <FolderOpenOutlined />,
    group: 'onestop',
    roles: ['enterprise', 'board_officer', 'board_leader', 'ministry'],
  },
  { path: PATHS.tracking, label: 'nav.tracking', icon: <FileSearchOutlined />, group: 'onestop' },
  {
    path: PATHS.onestopKpis,
    label: 'nav.onestopKpis',
    icon: <DashboardOutlined />,
    group: 'onestop',
    roles: ['ministry', 'board_leader', 'board_officer'],
  },
  { path: PATHS.emulation, label: 'nav.emulation', icon: <TrophyOutlined />, group: 'programmes', signedIn: true },
  { path: PATHS.eco, label: 'nav.eco', icon: <ExperimentOutlined />, group: 'programmes', signedIn: true },
  { path: PATHS.calendar, label: 'nav.calendar', icon: <CalendarOutlined />, group: 'onestop' },
  { path: PATHS.audit, label: 'nav.audit', icon: <FileSearchOutlined />, group: 'admin', adminOnly: true },
  { path: PATHS.users, label: 'nav.users', icon: <TeamOutlined />, group: 'admin', adminOnly: true },
];

export function Shell() {
  const { t } = useLocale();
  const { data: me } = useMe();
  const location = useLocation();
  const [collapsed, setCollapsed] = useState(false);

  const visible = NAV.filter(
    (item) =>
      (!item.adminOnly || me?.role === 'admin') &&
      (!item.signedIn || me) &&
      (!item.roles || (me != null && item.roles.includes(me.role))),
  );
  // Nineteen pages are too many for one flat list: headed groups, each shown only when it has a page.
  const items: MenuProps['items'] = NAV_GROUPS.flatMap((group) => {
    const children = visible
      .filter((item) => item.group === group)
      .map((item) => ({
        key: item.path,
        icon: item.icon,
        label: (
          <Link to={item.path} data-testid={`nav-${item.path.split('/').pop()}`}>
            {t(item.label)}
          </Link>
        ),
      }));
    return children.length === 0
      ? []
      : [
          {
            type: 'group' as const,
            key: `group-${group}`,
            label: collapsed ? null : t(`nav.group.${group}`),
            children,
          },
        ];
  });
  const selected = NAV.find((item) => location.pathname.startsWith(item.path))?.path;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{ display: 'flex', alignItems: 'center', gap: 16, paddingInline: 20, background: '#0b2f57' }}
      >
        <Link to={PATHS.map} style={{ display: 'flex', alignItems: 'center', flex: 1, minWidth: 0 }}>
          <Typography.Text strong ellipsis style={{ color: '#fff', fontSize: 17, margin: 0 }} data-testid="app-name">
            {t('app.name')}
          </Typography.Text>
        </Link>
        <Flex gap={12} align="center">
          <LangSwitch />
          {me ? (
            <AccountMenu me={me} />
          ) : (
            <Link to={signInPath(location.pathname + location.search)}>
              <Button type="primary" ghost style={{ color: '#fff', borderColor: '#fff' }} data-testid="sign-in-link">
                {t('account.signIn')}
              </Button>
            </Link>
          )}
        </Flex>
      </Layout.Header>
      <Layout>
        <Layout.Sider
          theme="light"
          width={236}
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          breakpoint="lg"
          aria-label={t('nav.menu')}
        >
          <Menu mode="inline" items={items} selectedKeys={selected ? [selected] : []} data-testid="side-nav" />
        </Layout.Sider>
        <Layout.Content style={{ padding: 20, minWidth: 0 }}>
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
