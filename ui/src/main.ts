// Entry point: mounts the app shell into the page with the global stylesheet.
import { mount } from 'svelte';
import './app.css';
import Shell from './features/shell/Shell.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from index.html');

export default mount(Shell, { target });
