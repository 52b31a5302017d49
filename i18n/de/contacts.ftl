## Kontakte: Behörden, Beratungsstellen und Welcome Guides.

error-contacts-kind-and-topic = Filtern Sie entweder nach Art der Stelle oder nach Thema eines Guides, nicht beides.
