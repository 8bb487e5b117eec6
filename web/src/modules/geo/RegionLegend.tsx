import { Flex, Typography } from 'antd';
import type { RegionStyle } from './regions';

/** The regions and their colours, under the map. */
export function RegionLegend({ regions }: { regions: RegionStyle[] }) {
  return (
    <Flex wrap gap="4px 16px" style={{ padding: '4px 8px' }} data-testid="region-legend">
      {regions.map((r) => (
        <Flex key={r.code} gap={6} align="center">
          <span style={{ width: 14, height: 14, borderRadius: 3, background: r.color, flex: 'none' }} />
          <Typography.Text style={{ fontSize: 13 }}>{r.name}</Typography.Text>
        </Flex>
      ))}
    </Flex>
  );
}
