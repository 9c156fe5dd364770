import { Outlet } from 'react-router';
import { Snackbar } from '../../components/Snackbar';
import { useWorkspace } from '../../features/workspace/workspaceQueries';
import { useMenuCommands } from '../menu/useMenuCommands';
import { AppHeader } from './AppHeader';
import { SideNav } from './SideNav';
import { MAIN_ID, SkipLink } from './SkipLink';
import { StatusBar } from './StatusBar';
import { useFocusOnNavigation } from './useFocusOnNavigation';

export function RootLayout() {
  const workspaceOpen = useWorkspace().isSuccess;
  useFocusOnNavigation();
  useMenuCommands();
  return (
    <div className="app">
      <SkipLink />
      <AppHeader />
      <div className="app__body">
        <SideNav workspaceOpen={workspaceOpen} />
        <main id={MAIN_ID} tabIndex={-1} className="app__main">
          <Outlet />
          <Snackbar />
        </main>
      </div>
      <StatusBar />
    </div>
  );
}
