/** The payment module names the references show (docs/upstream-contract.md §2.9); upstream the set is open. */
export const OFFLINE_MODULE = 'payments_offline';
/** "Pay with BigCommerce": moduleData adds `cartId` and `orderId`. */
export const SALES_ORDER_MODULE = 'payments_bigcommerce_sales_order';
/** "Credit / Debit Card". */
export const CARD_MODULE = 'payments_minibc';
/** "Test Payment Gateway". */
export const TEST_MODULE = 'payments_test';
