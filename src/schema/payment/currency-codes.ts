/**
 * Active ISO 4217 currency codes: List One as published 2025-05-12, fund codes (BOV, CHE, ...) included,
 * without the X-codes that are not money a payment can be made in (gold, silver, platinum, palladium,
 * bond-market units, SDR, SUCRE, ADB unit, Arab Accounting Dinar, the test code XTS and "no currency" XXX).
 * Withdrawn codes (HRK, SLL, ZWL, CUC, ANG...) are refused: the upstream checks currencies too
 * (docs/upstream-contract.md §4.1, 422 "Invalid currency code"), and a code refused here costs no call.
 */
export const ACTIVE_CURRENCY_CODES: ReadonlySet<string> = new Set(
  `AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN BWP BYN BZD CAD
   CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS
   GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD
   KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK
   NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP
   STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW UZS VED VES VND VUV WST
   XAF XCD XCG XOF XPF YER ZAR ZMW ZWG`.split(/\s+/),
);
