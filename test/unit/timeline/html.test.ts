import * as assert from 'node:assert/strict';
import { contentSecurityPolicy, makeNonce, timelineHtml } from '../../../src/extension/timeline/html';

describe('timeline webview HTML', () => {
  const html = timelineHtml({ cspSource: 'https://file+.vscode-resource.vscode-cdn.net', nonce: 'abc123', scriptUri: 'https://r/x/timeline.js', styleUri: 'https://r/x/timeline.css' });

  it('allows only the nonce script and the extension\'s own styles and images', () => {
    assert.equal(contentSecurityPolicy('vscode-src', 'N'),
      "default-src 'none'; script-src 'nonce-N'; style-src vscode-src; img-src vscode-src data:; font-src vscode-src");
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'nonce-abc123';/);
    assert.doesNotMatch(html, /unsafe-inline|unsafe-eval/);
  });

  it('has exactly one script, nonce\'d, and no inline code or data', () => {
    const scripts = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)];
    assert.equal(scripts.length, 1);
    assert.match(scripts[0][0], /nonce="abc123" src="https:\/\/r\/x\/timeline.js"/);
    assert.equal(scripts[0][1], '');
    assert.doesNotMatch(html, /\sstyle="|\son\w+=/);
  });

  it('escapes attribute values', () => {
    const h = timelineHtml({ cspSource: 'x', nonce: 'n', scriptUri: 'a"><script>alert(1)</script>', styleUri: 's' });
    assert.doesNotMatch(h, /<script>alert/);
  });

  it('makes a fresh 128-bit hex nonce each time', () => {
    const a = makeNonce();
    assert.match(a, /^[0-9a-f]{32}$/);
    assert.notEqual(a, makeNonce());
  });

  it('declares the language the host localised the texts in (English by default), as an escaped attribute', () => {
    assert.match(html, /<html lang="en">/);
    assert.match(timelineHtml({ cspSource: 'x', nonce: 'n', scriptUri: 's', styleUri: 's', lang: 'pt-br' }), /<html lang="pt-br">/);
    assert.match(timelineHtml({ cspSource: 'x', nonce: 'n', scriptUri: 's', styleUri: 's', lang: 'x"><b' }), /<html lang="x&quot;&gt;&lt;b">/);
  });
});
