import type { WireMoney } from '../../upstream/b2b/payments-types.js';
import { builder } from '../builder.js';

export const MoneyRef = builder.objectRef<WireMoney>('Money').implement({
  description: 'An amount of money in one currency, exact as the upstream sent it.',
  fields: (t) => ({
    currencyCode: t.exposeString('code', { description: 'ISO 4217 currency code, e.g. `USD`.' }),
    value: t.field({
      type: 'Decimal',
      description: 'The amount as a decimal string, e.g. `"0.7800"` (upstream sends 4 fraction digits).',
      resolve: (money) => money.value,
    }),
  }),
});
