## Jobs: search, saved jobs, saved searches and job alerts.

# The title of a job alert (desktop notification and inbox).
jobs-alert-title = { $count ->
    [one] { $count } new job for “{ $name }”
   *[other] { $count } new jobs for “{ $name }”
}
# The body of a job alert: the first titles, and how many more there are.
jobs-alert-body = { $more ->
    [0] { $titles }
   *[other] { $titles } and { $more } more
}

error-jobs-radius = The radius must be more than 0 and at most { $max } km (got { $value }).
error-jobs-place-and-radius = Search either in municipalities or around a place, not both.
error-jobs-coordinates = These coordinates are not a place on Earth.
error-jobs-unknown-place = The place “{ $place }” is not known.
error-jobs-search-name = Give the search a name of 1 to { $max } characters.

## The CLI's `welcome alerts`.
jobs-cli-no-alerts = No new job alerts.
jobs-cli-marked-read = { $count ->
    [one] Marked { $count } alert as read.
   *[other] Marked { $count } alerts as read.
}
