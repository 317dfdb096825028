/** The default pack's colours: the kiosk's navy, teal and amber, and two greys. */

export const C = {
  navy: '#0b1e3f',
  navy2: '#102a52',
  navy3: '#173a6b',
  navy4: '#21508f',
  steel: '#2d5f9a',
  teal: '#14b8a6',
  tealL: '#5eead4',
  tealD: '#0f766e',
  amber: '#f59e0b',
  amberL: '#fcd34d',
  amberD: '#b45309',
  white: '#ffffff',
  mist: '#cbd5e1',
  slate: '#64748b',
};
