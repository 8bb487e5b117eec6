import { Flex, Spin } from 'antd';

export function PageLoading() {
  return (
    <Flex justify="center" align="center" style={{ minHeight: 240 }} data-testid="page-loading">
      <Spin size="large" />
    </Flex>
  );
}
