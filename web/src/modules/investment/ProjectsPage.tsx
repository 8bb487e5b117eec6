import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { withQuery } from '../../app/api';
import { formatDate, todayInVietnam } from '../../app/format';
import { useLocale } from '../../app/locale';
import { PATHS } from '../../app/paths';
import { LoadError } from '../../ui/LoadError';
import { useAbilities } from './abilities';
import { ProjectCreateDrawer } from './ProjectCreateDrawer';
import { FILTER_KEYS, ProjectFilters } from './ProjectFilters';
import { ProjectTable } from './ProjectTable';
import { type QueryParams, useProjects } from './queries';

const LIST_KEYS = [...FILTER_KEYS, 'sort', 'order', 'page', 'pageSize'] as const;

/** The URL's query string as the list's parameters (unknown keys are ignored). */
export function useUrlParams(keys: readonly string[]): [QueryParams, (next: QueryParams) => void] {
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => {
    const out: QueryParams = {};
    for (const k of keys) {
      const v = search.get(k)?.trim();
      if (v) out[k] = v;
    }
    return out;
  }, [search, keys]);
  const set = (next: QueryParams) =>
    setSearch(Object.fromEntries(Object.entries(next).filter((e): e is [string, string] => Boolean(e[1]))));
  return [params, set];
}

/** "Dự án đầu tư": find any project the user may see, export the same list, register a new one. */
export function ProjectsPage() {
  const { t } = useLocale();
  const navigate = useNavigate();
  const can = useAbilities();
  const [params, set] = useUrlParams(LIST_KEYS);
  const [creating, setCreating] = useState(false);
  const projects = useProjects(params);
  const { page: _page, pageSize: _size, ...exported } = params;

  return (
    <Flex vertical gap={16} data-testid="projects-page">
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Flex vertical>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('inv.projects.title')}
          </Typography.Title>
          <Typography.Text type="secondary">
            {t('inv.projects.asOf', { date: formatDate(params.asOf ?? todayInVietnam()) })}
          </Typography.Text>
        </Flex>
        <Flex gap={8}>
          <Button
            icon={<DownloadOutlined />}
            href={withQuery('/api/projects.xlsx', exported)}
            download
            data-testid="projects-export"
          >
            {t('inv.exportExcel')}
          </Button>
          {can.manageProjects && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="project-add">
              {t('inv.projects.add')}
            </Button>
          )}
        </Flex>
      </Flex>
      <Card>
        <ProjectFilters params={params} set={set} />
      </Card>
      {projects.isError ? (
        <LoadError error={projects.error} onRetry={() => projects.refetch()} />
      ) : (
        <ProjectTable data={projects.data} loading={projects.isFetching} params={params} set={set} />
      )}
      <ProjectCreateDrawer
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(id) => {
          setCreating(false);
          navigate(`${PATHS.projects}/${id}`);
        }}
      />
    </Flex>
  );
}
