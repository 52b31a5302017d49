import { mount } from "svelte";
import App from "./App.svelte";
import "./styles.css";
import { installWebApp } from "./lib/backend";

const target = document.getElementById("app");
if (!target) throw new Error("index.html has no #app");
installWebApp();
export default mount(App, { target });
