// The bench's large plans (plan-<n>.json, written into the site folder by ./scripts/bench).

// Imports the n-stakeholder plan into the open app and returns the account's name. The plans
// are built on the built-in sample, so each gets an account id and name of its own first (the
// sample's id would be merged into the sample instead).
export async function importSamplePlan(page, n) {
  return page.evaluate(async (n) => {
    const plan = JSON.parse(await (await fetch(`plan-${n}.json`)).text());
    plan.account.id = n.toString(16).padStart(32, 'f');
    plan.account.name = `Chart of ${n}`;
    const outcome = window.keystone.importPlan(JSON.stringify(plan));
    if (!outcome.ok) throw new Error(`plan-${n}.json was refused: ${outcome.error}`);
    return plan.account.name;
  }, n);
}
