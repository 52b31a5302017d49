// The colour theme: the user's choice, or the system's while the choice is "system". Resolved
// here into <html data-theme="light|dark">, so the stylesheet holds each palette once and a
// change of the system's theme shows at once.
import type { Theme } from "../bindings/Theme";

const systemDark = () => window.matchMedia?.("(prefers-color-scheme: dark)");
let followed: MediaQueryList | undefined;
let chosen: Theme = "system";

function resolve(): "light" | "dark" {
  if (chosen !== "system") return chosen;
  return systemDark()?.matches ? "dark" : "light";
}

function render() {
  document.documentElement.dataset.theme = resolve();
}

/** Applies the chosen theme now and, for "system", whenever the system's theme changes. */
export function applyTheme(theme: Theme) {
  chosen = theme;
  if (!followed) {
    followed = systemDark();
    followed?.addEventListener("change", render);
  }
  render();
}
