/**
 * The token form in the header: enter, change or forget the API token. Reads may work without one;
 * reviews need one, and a 401 brings the form back.
 */
import { ApiError, currentToken, storeToken } from './api.js';
import { announce, fill, h } from './dom.js';

function renderTokenState() {
  const token = currentToken();
  document.getElementById('token-label').textContent = token ? 'Token set: reviews enabled' : 'No token: read only';
  document.getElementById('token-change').textContent = token ? 'Change token' : 'Enter token';
  document.getElementById('token-forget').hidden = !token;
}

export function askForToken(message) {
  const form = document.getElementById('token-form');
  form.hidden = false;
  document.getElementById('token-state').hidden = true;
  const input = document.getElementById('token-input');
  input.value = '';
  input.focus();
  announce(message, 'error');
}

export function tokenFormOpen() {
  return !document.getElementById('token-form').hidden;
}

function closeTokenForm() {
  document.getElementById('token-form').hidden = true;
  document.getElementById('token-state').hidden = false;
}

/** Wires the header's token controls; `onDone` runs when the form closes (the queue takes the focus back). */
export function wireToken(onDone) {
  const form = document.getElementById('token-form');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = document.getElementById('token-input').value.trim();
    if (!value) return;
    storeToken(value);
    renderTokenState();
    closeTokenForm();
    announce('Token saved for this tab.');
    onDone();
  });
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      closeTokenForm();
      onDone();
    }
  });
  document.getElementById('token-cancel').addEventListener('click', () => {
    closeTokenForm();
    onDone();
  });
  document.getElementById('token-change').addEventListener('click', () => askForToken('Enter the API token (kept in this tab only).'));
  document.getElementById('token-forget').addEventListener('click', () => {
    storeToken('');
    renderTokenState();
    announce('Token forgotten: the page is read only.');
  });
  renderTokenState();
}

/** Reads fail the whole view: say why in the view itself (and ask for a token on 401). */
export function showLoadError(view, error) {
  if (error instanceof ApiError && error.status === 401) askForToken('This server needs a token for reading: enter it above.');
  fill(view, h('p', { class: 'error', text: `Could not load: ${error.message}` }));
  announce(`Could not load: ${error.message}`, 'error');
}
