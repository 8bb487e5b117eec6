import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { FormColumn, FormRow, FormSection, FormTable } from '../../../../src/modules/statistics/contract';
import { formatNumber } from '../../app/format';
import { useLocale } from '../../app/locale';
import { formatCell, type HeaderNode, headerTree, labelMode, totalFirstText } from './cells';
import { FORM_PAGE_SIZE } from './queries';

/** What a click on a cell opens: its drill key, its value and the names of its row and column. */
export type CellPick = { cell: string; value: string | null; column: FormColumn; rowLabel: string };

function leafTitle(column: FormColumn, lang: 'vi' | 'en') {
  return (
    <div style={{ textAlign: 'center', whiteSpace: 'normal', minWidth: 90 }}>
      <div>{column.label[lang]}</div>
      {column.unit && (
        <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 400 }}>
          ({column.unit})
        </Typography.Text>
      )}
      {column.number && <div style={{ fontSize: 11, fontWeight: 400, color: '#8c8c8c' }}>({column.number})</div>}
    </div>
  );
}

function rowName(row: FormRow, section: FormSection, lang: 'vi' | 'en'): string {
  if (row.label) return row.label[lang];
  const text = section.columns.find((c) => c.kind === 'text' && row.cells[c.key]?.value);
  return (text && row.cells[text.key]?.value) || row.key;
}

function Cell({
  row,
  column,
  section,
  onPick,
  total,
}: {
  row: FormRow;
  column: FormColumn;
  section: FormSection;
  onPick: (p: CellPick) => void;
  total?: boolean;
}) {
  const { lang, t } = useLocale();
  const cell = row.cells[column.key];
  const mode = labelMode(section);
  const first = column === section.columns[0];
  if (first && mode === 'first' && row.label) {
    // The indicator column of a matrix form: headings bold, indicators indented.
    return (
      <span style={{ paddingLeft: row.level * 16, fontWeight: row.level === 0 || total ? 600 : 400 }}>
        {row.label[lang]}
      </span>
    );
  }
  const text = formatCell(cell?.value, column.kind);
  const shown =
    total && first && mode === 'none' && column.kind === 'text'
      ? totalFirstText(row.label?.[lang] ?? t('stats.total'), text)
      : total && first && mode === 'none' && !text
        ? t('stats.total')
        : text;
  // Nothing lies behind an empty or zero cell: it is printed, not offered as a link.
  if (!cell?.drill || text === '' || Number(cell.value) === 0) return <span>{shown}</span>;
  return (
    <Typography.Link
      data-testid={`cell-${section.key}-${row.key}-${column.key}`}
      title={t('stats.cellHint')}
      onClick={() =>
        onPick({
          cell: cell.drill!,
          value: cell.value,
          column,
          rowLabel: total ? t('stats.total') : rowName(row, section, lang),
        })
      }
    >
      {shown}
    </Typography.Link>
  );
}

function SectionTable({
  section,
  paging,
  onPick,
  onPage,
}: {
  section: FormSection;
  paging: FormTable['paging'];
  onPick: (p: CellPick) => void;
  onPage?: ((page: number) => void) | undefined;
}) {
  const { lang, t } = useLocale();
  const labelled = labelMode(section) === 'extra';
  const leaves: FormColumn[] = [];
  const toColumn = (node: HeaderNode): ColumnsType<FormRow>[number] => {
    if (node.kind === 'group') {
      return { key: node.key, title: node.title, align: 'center', children: node.children.map(toColumn) };
    }
    const column = node.column;
    leaves.push(column);
    return {
      key: column.key,
      title: leafTitle(column, lang),
      align: column.kind === 'text' ? 'left' : 'right',
      render: (_: unknown, row: FormRow) => <Cell row={row} column={column} section={section} onPick={onPick} />,
    };
  };
  const columns: ColumnsType<FormRow> = [
    ...(labelled
      ? [
          {
            key: '__label',
            title: t('stats.indicator'),
            fixed: 'left' as const,
            width: 320,
            render: (_: unknown, row: FormRow) => (
              <span style={{ paddingLeft: row.level * 16, fontWeight: row.level === 0 ? 600 : 400 }}>
                {row.label?.[lang] ?? ''}
              </span>
            ),
          },
        ]
      : []),
    ...headerTree(section.columns, lang).map(toColumn),
  ];
  const total = section.total;
  // A page of a long list comes from the server (its rows and its row count); a whole form pages here.
  const rowCount = section.rowCount ?? section.rows.length;
  const pageSize = paging?.pageSize ?? FORM_PAGE_SIZE;
  const pagination =
    rowCount <= pageSize
      ? (false as const)
      : {
          pageSize,
          total: rowCount,
          showSizeChanger: false,
          showTotal: (all: number, [a, b]: [number, number]) =>
            t('stats.rowsShown', { a: formatNumber(a), b: formatNumber(b), all: formatNumber(all) }),
          ...(paging && section.rowCount !== undefined ? { current: paging.page, onChange: onPage } : {}),
        };
  return (
    <Table<FormRow>
      size="small"
      bordered
      sticky
      rowKey="key"
      columns={columns}
      dataSource={section.rows}
      scroll={{ x: 'max-content' }}
      pagination={pagination}
      locale={{ emptyText: t('stats.noRows') }}
      data-testid={`form-section-${section.key}`}
      summary={
        total
          ? () => (
              <Table.Summary fixed>
                <Table.Summary.Row style={{ background: '#f0f5fa', fontWeight: 600 }} data-testid="form-total-row">
                  {labelled && (
                    <Table.Summary.Cell index={0}>{total.label?.[lang] ?? t('stats.total')}</Table.Summary.Cell>
                  )}
                  {leaves.map((column, i) => (
                    <Table.Summary.Cell
                      key={column.key}
                      index={i + (labelled ? 1 : 0)}
                      align={column.kind === 'text' ? 'left' : 'right'}
                    >
                      <Cell row={total} column={column} section={section} onPick={onPick} total />
                    </Table.Summary.Cell>
                  ))}
                </Table.Summary.Row>
              </Table.Summary>
            )
          : undefined
      }
    />
  );
}

/** Any computed form, drawn generically from its sections: grouped headers, rows, total, notes. */
export function FormTableView({
  form,
  onPick,
  onPage,
}: {
  form: FormTable;
  onPick: (p: CellPick) => void;
  /** For a page of the form: asks for another page of its long lists. */
  onPage?: (page: number) => void;
}) {
  const { lang } = useLocale();
  return (
    <div data-testid="form-table">
      {form.notes.length > 0 && (
        <ul style={{ margin: '0 0 12px', paddingLeft: 18, color: '#5a6b7d', fontStyle: 'italic' }}>
          {form.notes.map((n) => (
            <li key={n.vi}>{n[lang]}</li>
          ))}
        </ul>
      )}
      {form.sections.map((section) => (
        <div key={section.key} style={{ marginBottom: 20 }}>
          {section.title && (
            <Typography.Title level={5} style={{ marginTop: 0 }}>
              {section.title[lang]}
            </Typography.Title>
          )}
          <SectionTable section={section} paging={form.paging} onPick={onPick} onPage={onPage} />
        </div>
      ))}
    </div>
  );
}
