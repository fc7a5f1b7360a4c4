// Tells the user the connection is gone: what is on screen stays, new data waits for the network.
import { useOnline } from '../hooks/use-online';

export function OfflineBanner() {
  const online = useOnline();
  if (online) return null;
  return (
    <div className="banner banner--warning" role="status">
      Нет подключения к сети. Уже загруженные данные остаются на экране; новые загрузятся, когда связь восстановится.
    </div>
  );
}
