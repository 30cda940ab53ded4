import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Dialog } from '../../../components/dialog';
import { notifySessionEnded, onSessionEnded, type SessionEndReason } from '../../../lib/session-clock';
import { disconnectSocket, getSocket } from '../../../lib/socket';
import { extendSession, ME_QUERY_KEY } from '../api/auth-api';
import { useSessionExpiry } from '../hooks/use-session-expiry';

/** Warns before the idle session runs out, offers to extend it, and goes to login when it has. */
export function SessionGuard() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { warning, expired, secondsLeft } = useSessionExpiry(true);
  const [extending, setExtending] = useState(false);

  useEffect(() => {
    const end = (reason: SessionEndReason): void => {
      disconnectSocket();
      queryClient.clear();
      queryClient.setQueryData(ME_QUERY_KEY, null);
      void navigate(`/login?reason=${reason}`, { replace: true });
    };
    const socket = getSocket();
    const onSocketEnded = ({ reason }: { reason: SessionEndReason }): void => end(reason);
    socket.on('session.ended', onSocketEnded);
    const stopListening = onSessionEnded(end);
    return () => {
      socket.off('session.ended', onSocketEnded);
      stopListening();
    };
  }, [navigate, queryClient]);

  useEffect(() => {
    // The server has forgotten the session by now; asking /me turns that into the usual 401 path.
    if (!expired) return;
    void extendSession().then((user) => {
      if (!user) notifySessionEnded('expired');
    });
  }, [expired]);

  const minutes = Math.floor(secondsLeft / 60);
  const seconds = String(secondsLeft % 60).padStart(2, '0');
  return (
    <Dialog open={warning} title={t('session.warningTitle')} onClose={() => void extend()} alert>
      <p>{t('session.warningText', { time: `${minutes}:${seconds}` })}</p>
      <div className="dialog__actions">
        <button type="button" className="button button--primary" onClick={() => void extend()} disabled={extending}>
          {t('session.extend')}
        </button>
      </div>
    </Dialog>
  );

  async function extend(): Promise<void> {
    setExtending(true);
    try {
      const user = await extendSession();
      if (!user) notifySessionEnded('expired');
    } finally {
      setExtending(false);
    }
  }
}
