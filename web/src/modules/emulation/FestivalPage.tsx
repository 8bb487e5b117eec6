import { Alert, App, Button, Flex, Form, Input, InputNumber, Modal, Select, Switch, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type {
  AthleteBody,
  EventBody,
  EventView,
  FestivalDetail,
} from '../../../../src/modules/emulation/festivals/contract';
import { errorText } from '../../app/api';
import { formatDate } from '../../app/format';
import { useLocale } from '../../app/locale';
import { PATHS } from '../../app/paths';
import { LoadError } from '../../ui/LoadError';
import { PageLoading } from '../../ui/PageLoading';
import { AwardPrizesButton, PrizesTable } from './FestivalPrizes';
import { EventsTable, StandingsTable } from './FestivalTables';
import { useFestival } from './festival-queries';
import { useEmulationWrite, useUnit } from './queries';

/** "Hội thao": one edition — standings, events and results; the host runs it, each Board enters its team. */
export function FestivalPage() {
  const { id } = useParams();
  const { t, lang } = useLocale();
  const { message } = App.useApp();
  const festival = useFestival(id);
  const [results, setResults] = useState<EventView | null>(null);
  const enter = useEmulationWrite<{ unitId: string }>('post', () => `/api/emulation/festivals/${id}/entries`);
  if (festival.error) return <LoadError error={festival.error} onRetry={() => festival.refetch()} />;
  if (!festival.data) return <PageLoading />;
  const f = festival.data;
  const own = f.teams.find((x) => x.canEnter);
  return (
    <Flex vertical gap={16} data-testid="festival-page">
      <Typography.Link>
        <Link to={`${PATHS.emulation}/khoi/${f.blockId}?tab=festivals`}>← {f.blockName}</Link>
      </Typography.Link>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {f.name}
      </Typography.Title>
      <Typography.Text type="secondary">
        {t('emulation.festival.editionN', { n: f.edition })} · {formatDate(f.startsOn)} – {formatDate(f.endsOn)}
        {f.place ? ` · ${f.place}` : ''} · {t('emulation.host')}: {f.host.shortName}
        {f.nextHost ? ` · ${t('emulation.festival.nextHost')}: ${f.nextHost.shortName}` : ''}
      </Typography.Text>
      <Link to={`${PATHS.festivals}/${f.id}`}>{t('emulation.festival.publicLink')}</Link>
      {f.canEnterFor.map((u) => (
        <Button
          key={u.id}
          style={{ alignSelf: 'start' }}
          loading={enter.isPending}
          onClick={() => enter.mutateAsync({ unitId: u.id }).catch((e) => message.error(errorText(e, lang)))}
        >
          {t('emulation.festival.enter', { unit: u.shortName })}
        </Button>
      ))}
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('emulation.festival.standings')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('emulation.festival.standingsNote')}</Typography.Text>
      <StandingsTable standings={f.standings} />
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('emulation.prize.title')}
      </Typography.Title>
      {f.canManage && <AwardPrizesButton festival={f} />}
      <PrizesTable prizes={f.prizes} />
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('emulation.festival.events')}
      </Typography.Title>
      {f.canManage && <EventForm festivalId={f.id} />}
      <EventsTable
        events={f.events}
        extra={(e) => (
          <Flex gap={8}>
            {f.canManage && (
              <Button size="small" onClick={() => setResults(e)}>
                {t('emulation.festival.recordResults')}
              </Button>
            )}
          </Flex>
        )}
      />
      {own && <AthleteForm festival={f} unitId={own.unit.id} />}
      {results && <ResultsModal festival={f} event={results} onClose={() => setResults(null)} />}
    </Flex>
  );
}

function EventForm({ festivalId }: { festivalId: string }) {
  const { t, lang } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<EventBody & { points: string }>();
  const save = useEmulationWrite<EventBody>('post', () => `/api/emulation/festivals/${festivalId}/events`);
  return (
    <Form
      form={form}
      layout="inline"
      initialValues={{ gender: 'mixed', counts: true, points: '10, 7, 5' }}
      onFinish={async (v) => {
        try {
          await save.mutateAsync({
            sport: v.sport,
            name: v.name,
            gender: v.gender,
            ageClass: v.ageClass || null,
            counts: v.counts,
            pointsPerPlace: v.points
              .split(/[,;\s]+/)
              .filter(Boolean)
              .map(Number),
          });
          message.success(t('emulation.saved'));
          form.resetFields();
        } catch (e) {
          message.error(errorText(e, lang));
        }
      }}
    >
      <Form.Item name="sport" rules={[{ required: true, message: t('emulation.required') }]}>
        <Input placeholder={t('emulation.festival.sport')} />
      </Form.Item>
      <Form.Item name="name" rules={[{ required: true, message: t('emulation.required') }]}>
        <Input placeholder={t('emulation.festival.event')} />
      </Form.Item>
      <Form.Item name="gender">
        <Select
          style={{ width: 110 }}
          options={(['male', 'female', 'mixed'] as const).map((g) => ({
            value: g,
            label: t(`emulation.festival.gender.${g}`),
          }))}
        />
      </Form.Item>
      <Form.Item name="ageClass">
        <Input placeholder="U50" style={{ width: 70 }} />
      </Form.Item>
      <Form.Item name="points" label={t('emulation.festival.points')}>
        <Input style={{ width: 110 }} />
      </Form.Item>
      <Form.Item name="counts" label={t('emulation.festival.counts')} valuePropName="checked">
        <Switch />
      </Form.Item>
      <Button htmlType="submit" loading={save.isPending}>
        {t('emulation.festival.addEvent')}
      </Button>
    </Form>
  );
}

function ResultsModal({
  festival,
  event,
  onClose,
}: {
  festival: FestivalDetail;
  event: EventView;
  onClose: () => void;
}) {
  const { t, lang } = useLocale();
  const [places, setPlaces] = useState<Record<string, number | null>>(
    Object.fromEntries(event.results.map((r) => [r.unit.id, r.place])),
  );
  const [error, setError] = useState<string | null>(null);
  const save = useEmulationWrite<{ results: { unitId: string; place: number }[] }>(
    'put',
    () => `/api/emulation/festivals/${festival.id}/events/${event.id}/results`,
  );
  return (
    <Modal
      open
      title={event.name}
      onCancel={onClose}
      confirmLoading={save.isPending}
      onOk={async () => {
        try {
          await save.mutateAsync({
            results: Object.entries(places)
              .filter((e): e is [string, number] => typeof e[1] === 'number')
              .map(([unitId, place]) => ({ unitId, place })),
          });
          onClose();
        } catch (e) {
          setError(errorText(e, lang));
        }
      }}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Flex vertical gap={8}>
        {festival.teams.map((team) => (
          <Flex key={team.unit.id} justify="space-between" align="center">
            <span>{team.unit.shortName}</span>
            <InputNumber
              min={1}
              max={50}
              placeholder={t('emulation.festival.place')}
              value={places[team.unit.id] ?? null}
              onChange={(v) => setPlaces({ ...places, [team.unit.id]: v })}
            />
          </Flex>
        ))}
      </Flex>
    </Modal>
  );
}

function AthleteForm({ festival, unitId }: { festival: FestivalDetail; unitId: string }) {
  const { t, lang } = useLocale();
  const { message } = App.useApp();
  const unit = useUnit(unitId);
  const team = festival.teams.find((x) => x.unit.id === unitId)!;
  const [form] = Form.useForm<Omit<AthleteBody, 'unitId'>>();
  const save = useEmulationWrite<AthleteBody>('post', () => `/api/emulation/festivals/${festival.id}/athletes`);
  const staff = (unit.data?.staff ?? []).filter((s) => s.validTo === null);
  return (
    <Flex vertical gap={8} data-testid="festival-athletes">
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('emulation.festival.athletes', { unit: team.unit.shortName })}
      </Typography.Title>
      <Typography.Text>
        {team.athletes.length
          ? team.athletes
              .map((a) => `${a.fullName} (${festival.events.find((e) => e.id === a.eventId)?.name ?? ''})`)
              .join('; ')
          : t('emulation.festival.noAthletes')}
      </Typography.Text>
      <Form
        form={form}
        layout="inline"
        onFinish={async (v) => {
          try {
            await save.mutateAsync({ unitId, ...v });
            message.success(t('emulation.saved'));
            form.resetFields();
          } catch (e) {
            message.error(errorText(e, lang));
          }
        }}
      >
        <Form.Item name="eventId" rules={[{ required: true, message: t('emulation.required') }]}>
          <Select
            style={{ width: 220 }}
            placeholder={t('emulation.festival.event')}
            options={festival.events.map((e) => ({ value: e.id, label: e.name }))}
          />
        </Form.Item>
        <Form.Item name="personId" rules={[{ required: true, message: t('emulation.required') }]}>
          <Select
            style={{ width: 220 }}
            placeholder={t('emulation.unit.person')}
            options={staff.map((s) => ({ value: s.personId, label: s.fullName }))}
          />
        </Form.Item>
        <Button htmlType="submit" loading={save.isPending}>
          {t('emulation.festival.addAthlete')}
        </Button>
      </Form>
    </Flex>
  );
}
