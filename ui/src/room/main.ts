// The room view's entry (room.html): the projector's window, opened by the facilitator.
import { mount } from "svelte";
import "../app.css";
import { followOtherWindows } from "../lib/i18n/language.svelte";
import RoomApp from "./RoomApp.svelte";

const target = document.getElementById("room");
if (!target) throw new Error("room.html has no #room element");

// The room view follows the interface language the main window sets, also while it is open.
followOtherWindows();

export default mount(RoomApp, { target, props: { search: window.location.search } });
