/**
 * The booth's pairing card: this machine's device ID as text and QR code, and pairing with another
 * machine by typing its ID or scanning its QR code with the webcam.
 */
import { useCallback, useState } from 'react';
import type { BoothView } from '../../../main/contract/booth';
import { QrCode } from '../ui/QrCode';
import { DeviceIdScanner } from './DeviceIdScanner';
import { useAdminT } from './admin-i18n';
import { Section } from './admin-controls';

export function PairingCard({
  view,
  onPair,
  onUnpair,
}: {
  view: BoothView;
  onPair: (deviceId: string, name: string, address: string) => void;
  onUnpair: (deviceId: string) => void;
}) {
  const { t } = useAdminT();
  const [id, setId] = useState('');
  const [name, setName] = useState('');
  const [address, setAddress] = useState('');
  const [scanning, setScanning] = useState(false);
  const scanned = useCallback((deviceId: string) => {
    setId(deviceId);
    setScanning(false);
  }, []);
  const closeScan = useCallback(() => setScanning(false), []);
  return (
    <Section title={t('booth.pairing')}>
      {view.engine.running && (
        <div className="booth-id">
          <QrCode
            value={view.engine.deviceId}
            label={t('booth.deviceIdQr')}
            caption={t('booth.deviceId')}
            testId="booth-device-qr"
          />
          <code className="booth-id__text" data-testid="booth-device-id">
            {view.engine.deviceId}
          </code>
        </div>
      )}
      <p className="adm-muted">{t(view.role === 'laptop' ? 'booth.pairHelpLaptop' : 'booth.pairHelpKiosk')}</p>
      <div className="adm-actions">
        <PairingInput
          className="booth-id-input"
          testId="booth-pair-id"
          label={t('booth.otherId')}
          value={id}
          onChange={setId}
        />
        <button
          type="button"
          className="adm-btn"
          data-testid="booth-scan-start"
          disabled={scanning}
          onClick={() => setScanning(true)}
        >
          {t('booth.scan')}
        </button>
        {view.role === 'laptop' && (
          <PairingInput
            testId="booth-pair-name"
            label={t('booth.kioskName')}
            maxLength={60}
            value={name}
            onChange={setName}
          />
        )}
        <PairingInput
          testId="booth-pair-address"
          label={t('booth.otherAddress')}
          value={address}
          onChange={setAddress}
        />
        <button
          type="button"
          className="adm-btn adm-btn--strong"
          data-testid="booth-pair"
          disabled={id.trim() === ''}
          onClick={() => onPair(id.trim(), name.trim(), address.trim())}
        >
          {t('booth.pair')}
        </button>
        {view.role === 'kiosk' && (
          <button
            type="button"
            className="adm-btn"
            data-testid="booth-unpair"
            disabled={id.trim() === ''}
            onClick={() => onUnpair(id.trim())}
          >
            {t('booth.unpair')}
          </button>
        )}
      </div>
      {scanning && <DeviceIdScanner onId={scanned} onClose={closeScan} />}
    </Section>
  );
}

/** A text field of the pairing card, its label shown inside it until staff type. */
function PairingInput({
  label,
  testId,
  value,
  onChange,
  className,
  maxLength,
}: {
  label: string;
  testId: string;
  value: string;
  onChange: (value: string) => void;
  className?: string;
  maxLength?: number;
}) {
  return (
    <input
      className={className ? `adm-input ${className}` : 'adm-input'}
      data-testid={testId}
      aria-label={label}
      placeholder={label}
      maxLength={maxLength}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
    />
  );
}
