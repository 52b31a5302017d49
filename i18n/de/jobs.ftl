## Stellen: Suche, gemerkte Stellen, gespeicherte Suchen und Job-Alarme.

jobs-alert-title = { $count ->
    [one] { $count } neue Stelle für „{ $name }“
   *[other] { $count } neue Stellen für „{ $name }“
}
jobs-alert-body = { $more ->
    [0] { $titles }
   *[other] { $titles } und { $more } weitere
}

error-jobs-radius = Der Umkreis muss größer als 0 und höchstens { $max } km sein (angegeben: { $value }).
error-jobs-place-and-radius = Suchen Sie entweder in Städten und Gemeinden oder im Umkreis eines Ortes, nicht beides.
error-jobs-coordinates = Diese Koordinaten bezeichnen keinen Ort auf der Erde.
error-jobs-unknown-place = Der Ort „{ $place }“ ist nicht bekannt.
error-jobs-search-name = Geben Sie der Suche einen Namen mit 1 bis { $max } Zeichen.

jobs-cli-no-alerts = Keine neuen Job-Alarme.
jobs-cli-marked-read = { $count ->
    [one] { $count } Alarm als gelesen markiert.
   *[other] { $count } Alarme als gelesen markiert.
}
