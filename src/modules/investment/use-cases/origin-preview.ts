import type { Actor } from '../../../platform/auth/actor';
import { authorize } from '../../../platform/auth/policy';
import { classifyCapitalOrigin } from '../capital-origin';
import type { OriginPreview, OriginPreviewBody } from '../contract-records';
import { mainPartnerCountry } from '../partner-country';
import { resolveShares } from './certificate-input';
import type { Ctx } from './common';
import { currencyOfOrigin } from './create-project';

/**
 * What a list of investors would make of a project on a day, before anything is saved: FDI or
 * DDI with the legal reason and rule, the currency the certificate must use, and the main partner.
 * The same rules and the same investor records as the write, so the form never guesses.
 */
export function originPreviewUseCase(ctx: Ctx) {
  return async function previewOrigin(actor: Actor, input: OriginPreviewBody): Promise<OriginPreview> {
    authorize(actor, 'project:manage');
    const shares = await resolveShares(ctx.db, input.investors, 'body.investors');
    const origin = classifyCapitalOrigin(shares.rule, input.date);
    const partner = mainPartnerCountry(shares.rule, input.date);
    return {
      origin: {
        origin: origin.origin,
        reason: origin.reason,
        foreignShare: origin.foreignShare,
        asForeignInvestor: origin.asForeignInvestor,
        rule: origin.rule,
      },
      currency: currencyOfOrigin(origin.origin),
      mainPartner: partner
        ? { country: partner.country, share: partner.share, legalBasis: partner.rule.legalBasis }
        : null,
    };
  };
}
