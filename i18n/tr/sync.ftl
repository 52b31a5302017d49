# completeness: 2 of 2 messages (2026-11-25)
# Eşitleme motorunun ve ayarlarının mesajları.
error-sync-portal-url = "{ $url }" bir portal adresi değil. http:// veya https:// ile başlayan tam bir adres kullanın.
error-sync-scope = Bu iş ilanı aboneliği kaydedilemiyor: { $detail }
