import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Certification,
  CertificationList,
  RevokeBody,
} from '../../../../../src/modules/eco/certification/contract';
import { api, withQuery } from '../../../app/api';

export type CertificationSubject = { parkId: string } | { enterpriseId: string };

export function useCertifications(subject: CertificationSubject, asOf: string | undefined) {
  return useQuery({
    queryKey: ['eco', 'certifications', subject, asOf ?? null],
    queryFn: ({ signal }) =>
      api.get<CertificationList>(withQuery('/api/eco/certifications', { ...subject, asOf }), { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useRevokeCertification() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: RevokeBody }) =>
      api.post<Certification>(`/api/eco/certifications/${id}/revoke`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['eco', 'certifications'] }),
  });
}
