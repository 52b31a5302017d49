# completeness: 2 of 2 messages (2026-11-25)
# Mesajele motorului de sincronizare și ale setărilor sale.
error-sync-portal-url = „{ $url }” nu este o adresă de portal. Folosiți o adresă completă care începe cu http:// sau https://.
error-sync-scope = Acest abonament la locuri de muncă nu poate fi salvat: { $detail }
