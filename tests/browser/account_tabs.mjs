// The account's tabs, in the order its tab bar shows them: the tests and benches that visit
// every tab walk this one list.
export const ACCOUNT_TABS = ['Overview', 'Qualification', 'Plan', 'Opportunities', 'Pricing',
  'Whitespace', 'Competition', 'Risks', 'Metrics', 'Health', 'Stakeholders'];
