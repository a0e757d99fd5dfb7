import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { CustomerDisplayScreen } from './screens/customer-display/CustomerDisplayScreen'
import { CUSTOMER_DISPLAY_HASH } from '../../shared/customer-display'
import { StartupGate } from './screens/startup/StartupGate'
import './styles/base.css'
import './styles/controls.css'
import './styles/components.css'

const root = document.getElementById('root')
if (!root) throw new Error('The page has no #root element')
// The customer's window (see src/main/window/customer-window.electron.ts) shows only what main pushes to it.
createRoot(root).render(
  <StrictMode>
    {window.location.hash === CUSTOMER_DISPLAY_HASH ? (
      <CustomerDisplayScreen />
    ) : (
      <StartupGate>
        <App />
      </StartupGate>
    )}
  </StrictMode>
)
