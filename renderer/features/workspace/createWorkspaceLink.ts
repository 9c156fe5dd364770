/** The welcome screen puts the cursor in the create form when it is reached with this address. */
export const CREATE_WORKSPACE_PATH = '/?start=create';

export function asksToCreateWorkspace(params: URLSearchParams): boolean {
  return params.get('start') === 'create';
}
