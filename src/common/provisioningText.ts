import type { IProvisioningAction } from '../services/provisioning/ProvisioningService';
import { format, type ICommonStrings } from './strings';

/** One line of the provisioning report, in the user's language (also what `npm run provision` prints). */
export function provisioningActionText(a: IProvisioningAction, strings: ICommonStrings): string {
  const detail = a.kind === 'addChoices' ? (a.values ?? []).join(', ') : a.internalName ?? '';
  const target = a.view ?? a.field ?? '';
  switch (a.kind) {
    case 'createList': return format(strings.ProvisionActionCreateList, a.list);
    case 'enableVersioning': return format(strings.ProvisionActionEnableVersioning, a.list);
    case 'addField': return format(strings.ProvisionActionAddField, a.list, target, detail);
    case 'addHiddenField': return format(strings.ProvisionActionAddHiddenField, a.list, target, detail);
    case 'indexField': return format(strings.ProvisionActionIndexField, a.list, target);
    case 'requireUnique': return format(strings.ProvisionActionRequireUnique, a.list, target);
    case 'addChoices': return format(strings.ProvisionActionAddChoices, a.list, target, detail);
    case 'renameChoice': return format(strings.ProvisionActionRenameChoice, a.list, target, a.values?.[0] ?? '', a.values?.[1] ?? '', String(a.count ?? 0));
    case 'addView': return format(strings.ProvisionActionAddView, a.list, target);
  }
}
