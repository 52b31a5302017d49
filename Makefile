# The two commands a newcomer needs (both install what is missing first).
.PHONY: run web test bench bench-web screenshots soak package memory

## Run the app against the bundled reference portal.
run:
	./scripts/run-app.sh

## Serve the web app (the same core in the browser, installable, offline) under /app/.
web:
	./scripts/run-web.sh

## Run the whole test suite, as CI does.
test:
	./scripts/test-all.sh

## The benchmarks (sync at 10,000 to 1,000,000 jobs, portal under load), report in benches/RESULTS.md.
bench:
	./scripts/bench.sh

## The web app in headless Chromium: download size, first sync of 10,000 and 100,000 jobs, search (benches/WEB.md).
bench-web:
	./scripts/bench-web.sh

## The randomized sync checker at length: 10,000 schedules, report in docs/soak-report.md.
soak:
	./scripts/soak.sh

## Installable packages of the app (.deb, .rpm) in the size-tuned dist profile, sizes in benches/PACKAGING.md.
package:
	./scripts/package.sh

## The packaged app's memory on its home screen and after browsing 1,000 jobs, in benches/PACKAGING.md.
memory:
	./scripts/measure-memory.sh
