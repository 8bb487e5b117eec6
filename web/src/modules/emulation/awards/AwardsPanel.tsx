import { Button, Flex, Popover, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { BallotView, ProposalView } from '../../../../../src/modules/emulation/awards/contract';
import { formatDate } from '../../../app/format';
import type { MessageKey } from '../../../app/i18n';
import { useLocale } from '../../../app/locale';
import { PATHS } from '../../../app/paths';
import { LoadError } from '../../../ui/LoadError';
import { PageLoading } from '../../../ui/PageLoading';
import { BallotForm } from './BallotForm';
import { DecisionButton, RejectButton } from './DecisionModal';
import { EligibilityCard, OutcomeTag } from './EligibilityCard';
import { ProposalForm } from './ProposalForm';
import { useBlockAwards, useScoring } from './queries';

const pct = (s: { num: number; den: number; comparator: string }) =>
  `${s.comparator === 'at_least' ? '≥' : '>'} ${Math.round((s.num / s.den) * 1000) / 10}%`;

/** A block's year: the secret ballots with their thresholds, the proposals with the eligibility seen, decisions and certificates. */
export function AwardsPanel({ blockId, year }: { blockId: string; year: number }) {
  const { t, lang } = useLocale();
  const awards = useBlockAwards(blockId, year);
  const scoring = useScoring(blockId, year);
  if (awards.error) return <LoadError error={awards.error} onRetry={() => awards.refetch()} />;
  if (!awards.data || !scoring.data) return <PageLoading />;
  const v = awards.data;
  const members = scoring.data.cards.map((c) => ({ id: c.unit.id, name: c.unit.name }));
  return (
    <Flex vertical gap={16} data-testid="awards-panel">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('emulation.award.ballots')}
        </Typography.Title>
        <Flex gap={8}>
          <Link to={`${PATHS.emulation}/so-khen-thuong`}>{t('emulation.award.registerLink')}</Link>
          {v.canLead && (
            <BallotForm
              blockId={blockId}
              year={year}
              titles={v.titles.filter((x) => x.vote !== null)}
              members={members}
            />
          )}
        </Flex>
      </Flex>
      <Typography.Text type="secondary">{t('emulation.award.secretNote')}</Typography.Text>
      <Table<BallotView>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={v.ballots}
        data-testid="ballots"
        locale={{ emptyText: t('emulation.award.noBallots') }}
        columns={[
          { title: t('emulation.award.heldOn'), width: 110, render: (_, b) => formatDate(b.heldOn) },
          { title: t('emulation.award.title'), dataIndex: 'titleVi' },
          {
            title: '',
            width: 220,
            render: (_, b) => (
              <Flex vertical gap={2}>
                <span>{t('emulation.award.turnout', { present: b.present, members: b.members })}</span>
                <Tag color={b.quorumMet ? 'green' : 'red'}>
                  {t(b.quorumMet ? 'emulation.award.quorum' : 'emulation.award.noQuorum')}
                </Tag>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('emulation.award.threshold', {
                    share: pct(b.rule.approval),
                    of: t(`emulation.award.of.${b.rule.approval.of}` as MessageKey),
                  })}
                </Typography.Text>
              </Flex>
            ),
          },
          {
            title: t('emulation.award.candidates'),
            render: (_, b) => (
              <Flex vertical gap={2}>
                {b.candidates.map((c) => (
                  <span key={c.candidateId}>
                    {c.name}: {c.yes}/{c.base}{' '}
                    <Tag color={c.approved ? 'green' : 'red'}>
                      {t(c.approved ? 'emulation.award.approved' : 'emulation.award.rejected')}
                    </Tag>
                  </span>
                ))}
              </Flex>
            ),
          },
        ]}
      />
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('emulation.award.proposals')}
        </Typography.Title>
        {v.canLead && <ProposalForm blockId={blockId} year={year} view={v} members={members} />}
      </Flex>
      <Table<ProposalView>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={v.proposals}
        data-testid="proposals"
        locale={{ emptyText: t('emulation.award.noProposals') }}
        columns={[
          {
            title: t('emulation.award.candidate'),
            render: (_, p) => <Link to={`${PATHS.emulation}/don-vi/${p.subjectId}/khen-thuong`}>{p.subjectName}</Link>,
          },
          { title: t('emulation.award.title'), render: (_, p) => (lang === 'vi' ? p.titleVi : p.titleEn) },
          {
            title: t('emulation.award.eligibility'),
            width: 160,
            render: (_, p) => (
              <Popover
                content={
                  <div style={{ maxWidth: 560 }}>
                    <EligibilityCard e={p.eligibility} />
                  </div>
                }
              >
                <span>
                  <OutcomeTag outcome={p.eligibility.outcome} />
                </span>
              </Popover>
            ),
          },
          {
            title: '',
            width: 130,
            render: (_, p) => (
              <Tag color={p.status === 'decided' ? 'green' : 'blue'}>
                {t(`emulation.award.status.${p.status}` as MessageKey)}
              </Tag>
            ),
          },
          {
            title: '',
            render: (_, p) =>
              p.decision ? (
                <Flex vertical gap={2}>
                  <span>
                    {t('emulation.award.decision', {
                      number: p.decision.number,
                      date: formatDate(p.decision.signedOn),
                    })}
                  </span>
                  {p.decision.awardId && (
                    <Button
                      size="small"
                      href={`/api/emulation/awards/${p.decision.awardId}/certificate.pdf`}
                      target="_blank"
                      data-testid="certificate"
                    >
                      {t('emulation.award.certificate')}
                    </Button>
                  )}
                </Flex>
              ) : p.canDecide ? (
                <Flex gap={6}>
                  <DecisionButton proposal={p} />
                  <RejectButton proposal={p} />
                </Flex>
              ) : p.rejectionReason ? (
                <Typography.Text type="secondary">{p.rejectionReason}</Typography.Text>
              ) : null,
          },
        ]}
      />
    </Flex>
  );
}
