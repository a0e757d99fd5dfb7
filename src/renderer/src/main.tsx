import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { StartupGate } from './screens/startup/StartupGate'
import './styles/base.css'
import './styles/controls.css'
import './styles/components.css'

const root = document.getElementById('root')
if (!root) throw new Error('The page has no #root element')
createRoot(root).render(
  <StrictMode>
    <StartupGate>
      <App />
    </StartupGate>
  </StrictMode>
)
