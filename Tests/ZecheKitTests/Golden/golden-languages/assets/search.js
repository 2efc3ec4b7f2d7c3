// Zeche's search client: plain JavaScript, no library, no request to any other host. It reads
// the index Zeche writes (docs/search.md) and analyses text exactly as Sources/Search does:
// tokenising, folding, stemming and the query rules must stay in step with the Swift code.
(() => {
  'use strict';

  // Text analysis (Sources/Search/Analysis).
  const WORD = /[\p{L}\p{M}\p{Nd}\u00AD]+(?:['\u2019\-\u2010\u2011][\p{L}\p{M}\p{Nd}\u00AD]+)*/gu;
  const SPECIAL = { 'ä': 'ae', 'ö': 'oe', 'ü': 'ue', 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'đ': 'd', 'ð': 'd',
    'þ': 'th', 'ł': 'l', 'ı': 'i', 'ħ': 'h', 'ς': 'σ' };

  // Each word with its hyphenated parts and its place in the text.
  const words = (text) => [...text.matchAll(WORD)].map((m) => ({
    parts: m[0].split(/[-\u2010\u2011]/).map((p) => p.replace(/['\u2019\u00AD]/g, '')).filter(Boolean),
    start: m.index, end: m.index + m[0].length
  })).filter((w) => w.parts.length);

  const expand = (w) => /^[\x00-\x7f]*$/.test(w) ? w.toLowerCase()
    : w.normalize('NFC').toLowerCase().replace(/[äöüßæœøđðþłıħς]/g, (c) => SPECIAL[c])
      .normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
  const contract = (w) => w.replace(/([aou])e/g, '$1');
  const length = (w) => [...w].length;

  function german(w) {
    let n = length(w);
    const drop = (k) => { w = w.slice(0, -k); n -= k; };
    if (n > 7 && w.endsWith('innen')) drop(3);
    else if (n > 5 && w.endsWith('ern')) drop(3);
    else if (n > 4 && /e[mnrs]$/.test(w)) drop(2);
    else if (n > 3 && w.endsWith('e')) drop(1);
    else if (n > 3 && /[bdfghklmnrt]s$/.test(w)) drop(1);
    if (n > 5 && w.endsWith('est')) drop(3);
    else if (n > 4 && /e[rn]$/.test(w)) drop(2);
    else if (n > 5 && /[bdfghklmnt]st$/.test(w)) drop(2);
    if (w.endsWith('niss')) drop(1);
    return w;
  }

  function english(w) {
    let n = length(w);
    const drop = (k) => { w = w.slice(0, -k); n -= k; };
    if (w === 'news') return w;
    if (n > 4 && w.endsWith('ies')) { drop(3); w += 'y'; n++; }
    else if (n > 4 && /([sxz]|ch|sh)es$/.test(w)) drop(2);
    else if (n > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) drop(1);
    const ending = w.endsWith('ing') ? 3 : w.endsWith('ed') && !w.endsWith('eed') ? 2 : 0;
    if (ending && n - ending >= 3 && /[aeiouy]/.test(w.slice(0, -ending))) {
      drop(ending);
      const last = w[w.length - 1];
      if (w[w.length - 2] === last && 'bcdfghjkmnpqrtvwx'.includes(last)) drop(1);
    }
    if (n > 3 && w.endsWith('e')) drop(1);
    return w;
  }

  const STEMMERS = { 'german-light-1': german, 'english-light-1': english };

  // A word's term under one language's rules ({stemmer, stopWords} from the manifest), or null.
  function analyser(rules) {
    const stop = new Set(rules.stopWords || []), stem = STEMMERS[rules.stemmer] || ((w) => w);
    return (word) => {
      const e = expand(word);
      if (stop.has(contract(e))) return null;
      const t = contract(stem(e));
      return length(t) >= 2 ? t : null;
    };
  }

  // The terms of a text as the index files them (the tests compare them with Swift's).
  function terms(text, rules) {
    const term = analyser(rules);
    return words(text).flatMap((w) => [w.parts.join('')].concat(w.parts.length > 1 ? w.parts : []).map(term))
      .filter(Boolean);
  }

  // A query as clauses that must all match (SearchQuery.swift): each word outside quotes, and
  // each phrase between quotes, whose words keep their offsets.
  function parse(text, analysers) {
    const variants = (word) => {
      const out = [];
      for (const analyse of analysers) {
        const t = analyse(word);
        if (!t) return null;
        if (!out.includes(t)) out.push(t);
      }
      return out.length ? out : null;
    };
    const clauses = [];
    text.split(/["\u201E\u201C\u201D]/).forEach((segment, index) => {
      if (index % 2 === 0) {
        for (const w of words(segment)) {
          const v = variants(w.parts.join(''));
          if (v) clauses.push({ words: [{ variants: v, offset: 0 }], prefix: true });
        }
        return;
      }
      const phrase = [];
      let offset = 0;
      for (const p of words(segment).flatMap((w) => w.parts)) {
        const v = variants(p);
        if (v) phrase.push({ variants: v, offset });
        offset++;
      }
      if (phrase.length === 1) phrase[0].offset = 0;
      if (phrase.length) clauses.push({ words: phrase, prefix: false });
    });
    return clauses;
  }

  // Numbers written five bits to a character (VarintText.swift).
  const DIGITS = new Int8Array(128);
  [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'].forEach((c, i) => { DIGITS[c.charCodeAt(0)] = i; });
  function numbers(text) {
    const out = [];
    let value = 0, scale = 1;
    for (let i = 0; i < text.length; i++) {
      const digit = DIGITS[text.charCodeAt(i) & 127];
      value += (digit & 31) * scale;
      if (digit >= 32) scale *= 32; else { out.push(value); value = 0; scale = 1; }
    }
    return out;
  }

  const fileName = (key) => Array.from(new TextEncoder().encode(key), (b) =>
    (b >= 97 && b <= 122) || (b >= 48 && b <= 57) ? String.fromCharCode(b) : '_' + b.toString(16).padStart(2, '0')).join('');

  // The index: each file is fetched once, and only from the page's own origin.
  class Index {
    constructor(url) {
      this.base = new URL(url, location.href);
      if (this.base.origin !== location.origin) throw new Error('search index on another host: ' + this.base);
      this.files = new Map();
      this.lists = new Map();
    }

    get(path) {
      if (!this.files.has(path)) {
        const request = fetch(new URL(path, this.base), { credentials: 'same-origin' }).then((response) => {
          if (!response.ok) throw new Error(path + ': ' + response.status);
          return response.json();
        });
        request.catch(() => {});
        this.files.set(path, request);
      }
      return this.files.get(path);
    }

    open() {
      return this.opened || (this.opened = this.get('manifest.json').then((m) => {
        if (m.format !== 'zeche-search' || m.version !== 1) throw new Error('unknown search index version');
        this.m = m;
        this.analysers = Object.keys(m.languages).sort().map((code) => analyser(m.languages[code]));
        return m;
      }));
    }

    // The shards a term needs: the longest key that is its prefix, and with prefix search
    // every key that starts with it.
    shards(term, prefix) {
      const best = this.m.shards.filter((key) => term.startsWith(key)).sort((a, b) => length(b) - length(a))[0];
      return (best ? [best] : []).concat(prefix ? this.m.shards.filter((key) => key !== term && key.startsWith(term)) : []);
    }

    // [term, list] for each term equal to `term` or, with prefix, starting with it.
    lookup(term, prefix, positions) {
      return Promise.all(this.shards(term, prefix).map((key) => {
        const name = fileName(key);
        return Promise.all([this.get('terms/' + name + '.json'), positions && this.get('positions/' + name + '.json')])
          .then(([shard, positionShard]) => shard.terms.flatMap((t, i) =>
            (prefix ? t.startsWith(term) : t === term) ? [[t, this.list(name, i, shard, positionShard)]] : []));
      })).then((found) => found.flat());
    }

    list(name, i, shard, positionShard) {
      let list = this.lists.get(name + ':' + i);
      if (!list) {
        const values = numbers(shard.postings[i]);
        list = { docs: new Int32Array(values.length), masks: new Uint8Array(values.length) };
        let doc = -1;
        values.forEach((v, k) => { doc += Math.floor(v / 32) + 1; list.docs[k] = doc; list.masks[k] = v % 32; });
        this.lists.set(name + ':' + i, list);
      }
      if (positionShard) list.raw = positionShard.positions[i];
      return list;
    }

    // {clauses, hits}: the documents that match, best first (SearchIndexReader.swift).
    search(text, filters) {
      return this.open().then((m) => {
        const clauses = parse(text, this.analysers);
        return Promise.all(clauses.map((c) => Promise.all(c.words.map((w) => Promise.all(w.variants.map((v) =>
          this.lookup(v, c.prefix && length(v) >= 3, c.words.length > 1).then((found) => [v, found])))))))
          .then((found) => this.allowed(filters).then((allowed) =>
            ({ clauses, hits: clauses.length ? rank(m.documents, clauses, found, allowed) : [] })));
      });
    }

    // The documents the filters let through, or null without filters.
    allowed(filters) {
      const wanted = ['section', 'category', 'year'].filter((f) => filters && filters[f]);
      if (!wanted.length) return Promise.resolve(null);
      return this.get('facets.json').then((facets) => {
        const allowed = new Uint8Array(this.m.documents);
        for (const name of wanted) {
          const at = (this.m.facets[name] || []).findIndex((v) => v[0] === filters[name]);
          const ranges = at < 0 ? [] : numbers(facets[name][at]);
          for (let i = 0, end = 0; i + 1 < ranges.length; i += 2) {
            const start = end + ranges[i];
            end = start + ranges[i + 1] + 1;
            for (let doc = start; doc < end; doc++) allowed[doc]++;
          }
        }
        return allowed.map((n) => n === wanted.length ? 1 : 0);
      });
    }

    record(doc) {
      const chunk = this.m.documentChunk;
      return this.get('docs/' + Math.floor(doc / chunk) + '.json').then((c) => {
        const [url, title, date, section, categories, excerpt, label] = c.docs[doc % chunk];
        return { url, title, date, section, categories, excerpt, label: label || '' };
      });
    }

    text(doc) {
      const chunk = this.m.textChunk;
      return this.get('text/' + Math.floor(doc / chunk) + '.json').then((c) => c.texts[doc % chunk]);
    }
  }

  // Scoring (SearchIndexReader.swift): a clause scores the best of its terms, fields × 4 +
  // quality; a document must match every clause; ties go to the newer (lower) id.
  function rank(count, clauses, found, allowed) {
    const total = new Int32Array(count), matched = new Uint8Array(count);
    clauses.forEach((clause, c) => {
      const scores = clause.words.length === 1 ? wordScores(count, found[c][0]) : phraseScores(count, clause.words, found[c]);
      for (const doc of scores.docs) { total[doc] += scores.best[doc]; matched[doc]++; }
    });
    const hits = [];
    for (let doc = 0; doc < count; doc++) {
      if (matched[doc] === clauses.length && (!allowed || allowed[doc])) hits.push({ document: doc, score: total[doc] });
    }
    return hits.sort((a, b) => b.score - a.score || a.document - b.document);
  }

  function wordScores(count, variants) {
    const best = new Int32Array(count), docs = [];
    for (const [variant, lists] of variants) {
      for (const [term, list] of lists) {
        for (let k = 0; k < list.docs.length; k++) {
          const mask = list.masks[k], doc = list.docs[k];
          const score = (mask & 15) * 4 + (mask & 16 ? 1 : term === variant ? 3 : 2);
          if (!best[doc]) docs.push(doc);
          if (score > best[doc]) best[doc] = score;
        }
      }
    }
    return { best, docs };
  }

  // The list with its positions text decoded, and where each posting's positions start.
  function decoded(list) {
    if (!list.starts) {
      list.p = numbers(list.raw);
      list.starts = new Int32Array(list.docs.length);
      for (let i = 0, at = 0; i < list.starts.length; i++) { list.starts[i] = at; at += list.p[at] + 1; }
    }
    return list;
  }

  function phraseScores(count, phrase, found) {
    // Each word's lists (one per variant); a candidate has every word.
    const lists = found.map((variants) => variants.flatMap(([, matches]) => matches.map(([, list]) => list)));
    const present = new Uint8Array(count), best = new Int32Array(count), docs = [];
    for (const wordLists of lists) {
      const seen = new Uint8Array(count);
      for (const list of wordLists) for (const doc of list.docs) seen[doc] = 1;
      seen.forEach((s, doc) => { present[doc] += s; });
    }
    // Walk the candidates in ascending order, each list with a cursor, each word's positions
    // in a buffer of its own (no allocation per document).
    const cursors = lists.map((wordLists) => wordLists.map(() => 0)), ends = lists.map(() => 0);
    const buffers = lists.map(() => new Int32Array(256));
    for (let doc = 0; doc < count; doc++) {
      if (present[doc] !== phrase.length) continue;
      let score = 0;
      lists.forEach((wordLists, i) => {
        let n = 0, wordScore = 0;
        wordLists.forEach((list, j) => {
          let k = cursors[i][j];
          while (k < list.docs.length && list.docs[k] < doc) k++;
          cursors[i][j] = k;
          if (list.docs[k] !== doc) return;
          const mask = list.masks[k];
          wordScore = Math.max(wordScore, (mask & 15) * 4 + (mask & 16 ? 1 : 3));
          const from = decoded(list).starts[k], many = list.p[from];
          if (n + many > buffers[i].length) {
            const grown = new Int32Array((n + many) * 2);
            grown.set(buffers[i].subarray(0, n));
            buffers[i] = grown;
          }
          for (let c = 1, pos = 0; c <= many; c++) buffers[i][n++] = pos += list.p[from + c];
        });
        if (wordLists.length > 1) buffers[i].subarray(0, n).sort();
        ends[i] = n;
        score += wordScore;
      });
      // A start matches when every word is at its offset from it.
      const at = lists.map(() => 0);
      let matches = false;
      for (let s = 0; s < ends[0] && !matches; s++) {
        const start = buffers[0][s];
        matches = phrase.every((w, i) => {
          const wanted = start - phrase[0].offset + w.offset;
          while (at[i] < ends[i] && buffers[i][at[i]] < wanted) at[i]++;
          return at[i] < ends[i] && buffers[i][at[i]] === wanted;
        });
      }
      if (matches) { docs.push(doc); best[doc] = score; }
    }
    return { best, docs };
  }

  // Highlighting: a word matches a clause when one of its forms (folded, or analysed under a
  // rule set of the index) is a clause's term, starts with it (prefix), or ends with it after
  // three letters (a compound's tail).
  function hits(text, clauses, analysers) {
    const forms = [(f) => contract(expand(f))].concat(analysers);
    const matches = (t, clause) => clause.words.some((w) => w.variants.some((v) =>
      t === v || (clause.prefix && length(v) >= 3 && t.startsWith(v)) || (length(v) >= 4 && t.indexOf(v, 3) > 0)));
    return words(text).flatMap((w) => {
      const ts = [w.parts.join('')].concat(w.parts.length > 1 ? w.parts : []).flatMap((p) => forms.map((f) => f(p))).filter(Boolean);
      const clause = clauses.findIndex((c) => ts.some((t) => matches(t, c)));
      return clause < 0 ? [] : [[w.start, w.end, clause]];
    });
  }

  // Writes text into the element with the matched words in <mark>; returns how many clauses
  // it showed.
  function highlight(target, text, clauses, analysers) {
    let at = 0;
    const seen = new Set();
    for (const [start, end, clause] of hits(text, clauses, analysers)) {
      target.append(text.slice(at, start), element('mark', '', text.slice(start, end)));
      seen.add(clause);
      at = end;
    }
    target.append(text.slice(at));
    return seen.size;
  }

  // About 35 words of the text around the place where the most clauses match.
  function passage(text, clauses, analysers) {
    const found = hits(text, clauses, analysers);
    let best = null, bestCount = 0;
    found.forEach((h, i) => {
      const near = new Set(found.slice(i).filter((o) => o[0] - h[0] < 160).map((o) => o[2]));
      if (near.size > bestCount) { best = h; bestCount = near.size; }
    });
    if (!best) return null;
    let start = text.lastIndexOf(' ', Math.max(0, best[0] - 60)) + 1;
    if (best[0] - start > 80) start = best[0];
    let end = text.indexOf(' ', start + 220);
    if (end < 0) end = text.length;
    return (start > 0 ? '… ' : '') + text.slice(start, end) + (end < text.length ? ' …' : '');
  }

  function element(tag, className, text) {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text) e.textContent = text;
    return e;
  }

  // The page: results as you type, filters, keyboard, the query in the URL.
  const TEXTS = {
    de: { none: 'Keine Ergebnisse für „{q}“', one: '1 Ergebnis', many: '{n} Ergebnisse', more: 'Weitere Ergebnisse',
      section: 'Alle Rubriken', category: 'Alle Kategorien', year: 'Alle Jahre', error: 'Die Suche ist gerade nicht erreichbar.' },
    en: { none: 'No results for “{q}”', one: '1 result', many: '{n} results', more: 'More results',
      section: 'All sections', category: 'All categories', year: 'All years', error: 'Search is not available right now.' }
  };
  const PAGE = 10, FILTERS = ['section', 'category', 'year'];

  function setUp(root) {
    const input = root.querySelector('input[type=search]');
    if (!input) return;
    const index = new Index(root.dataset.index || 'search/');
    const lang = (root.dataset.lang || document.documentElement.lang || 'de').slice(0, 2);
    const texts = Object.assign({}, TEXTS[lang] || TEXTS.en);
    for (const k of Object.keys(texts)) if (root.getAttribute('data-text-' + k)) texts[k] = root.getAttribute('data-text-' + k);
    const part = (name, tag) => {
      let e = root.querySelector('[data-search-' + name + ']');
      if (!e) { e = root.appendChild(element(tag, 'search-' + name)); e.setAttribute('data-search-' + name, ''); }
      return e;
    };
    const box = part('filters', 'div'), status = part('status', 'p'), list = part('results', 'ol');
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    const selects = {}, params = new URLSearchParams(location.search);
    let timer = 0, run = 0, current = null, more = null;
    input.value = params.get('q') || input.value;
    const failed = () => { status.textContent = texts.error; };
    const focusResult = (at) => { const link = list.querySelectorAll('a')[at]; if (link) link.focus(); };

    index.open().then((m) => {
      for (const name of FILTERS) {
        const values = (m.facets[name] || []).map((v) => v[0]);
        if (!values.length) continue;
        if (name === 'year') values.reverse();
        const select = selects[name] = element('select', 'search-filter');
        select.name = name;
        select.setAttribute('aria-label', texts[name]);
        for (const v of [''].concat(values)) select.appendChild(element('option', '', v || texts[name])).value = v;
        select.value = params.get(name) || '';
        select.addEventListener('change', () => search(true));
        box.appendChild(select);
      }
      if (input.value.trim()) search(false);
    }).catch(failed);

    function search(write) {
      clearTimeout(timer);
      timer = 0;
      const q = input.value.trim(), f = {}, mine = ++run;
      for (const name of FILTERS) if (selects[name] && selects[name].value) f[name] = selects[name].value;
      if (write) {
        const p = new URLSearchParams(location.search), values = Object.assign({ q }, f);
        for (const name of ['q'].concat(FILTERS)) { if (values[name]) p.set(name, values[name]); else p.delete(name); }
        history.replaceState(history.state, '', location.pathname + (p.toString() ? '?' + p : '') + location.hash);
      }
      if (!q) { current = null; list.textContent = status.textContent = ''; if (more) more.hidden = true; return; }
      performance.mark('zeche-search-start');
      index.search(q, f).then((result) => {
        if (mine !== run) return;
        current = result;
        list.textContent = '';
        return showMore(mine).then(() => {
          const n = result.hits.length;
          if (mine !== run) return;
          status.textContent = n ? (n === 1 ? texts.one : texts.many.replace('{n}', n.toLocaleString(lang))) : texts.none.replace('{q}', q);
          // The time from the query to the shown results, for the benchmark and DevTools.
          performance.measure('zeche-search', 'zeche-search-start');
        });
      }).catch(failed);
    }

    // Appends the next page of results once all their records are there.
    function showMore(mine) {
      const next = current.hits.slice(list.children.length, list.children.length + PAGE);
      return Promise.all(next.map((hit) => index.record(hit.document))).then((records) => {
        if (mine !== run) return;
        records.forEach((r, i) => render(list.appendChild(element('li', 'search-result')), r, next[i].document, current.clauses));
        if (!more) {
          more = element('button', 'search-more', texts.more);
          more.type = 'button';
          more.addEventListener('click', () => { const first = list.children.length; showMore(run).then(() => focusResult(first)); });
          list.after(more);
        }
        more.hidden = list.children.length >= current.hits.length;
      });
    }

    function render(item, r, doc, clauses) {
      const link = item.appendChild(element('a', 'search-result__link'));
      link.href = r.url;
      highlight(link, r.title, clauses, index.analysers);
      const meta = item.appendChild(element('p', 'search-result__meta'));
      // A label such as "Entwurf" marks what only the editors' preview shows.
      if (r.label) meta.append(element('span', 'search-result__label', r.label), ' ');
      const time = meta.appendChild(element('time'));
      const day = r.date.slice(0, 10), [y, m, d] = day.split('-').map(Number);
      time.dateTime = day;
      time.textContent = y && m && d ? new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
        .format(new Date(Date.UTC(y, m - 1, d))) : day;
      if (r.section) meta.append(' · ' + r.section);
      const excerpt = item.appendChild(element('p', 'search-result__excerpt'));
      // The record's short excerpt, unless it misses a clause and the body text shows more.
      if (highlight(excerpt, r.excerpt, clauses, index.analysers) >= clauses.length) return;
      index.text(doc).then((text) => {
        const snippet = passage(text, clauses, index.analysers);
        if (snippet) { excerpt.textContent = ''; highlight(excerpt, snippet, clauses, index.analysers); }
      }).catch(() => {});
    }

    input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(() => { timer = 0; search(true); }, 150); });
    const openFirst = (event) => {
      event.preventDefault();
      const first = list.querySelector('a');
      if (first && !timer) location.href = first.href; else search(true);
    };
    if (input.form) input.form.addEventListener('submit', openFirst);
    input.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown') { event.preventDefault(); focusResult(0); }
      if (event.key === 'Escape') { input.value = ''; search(true); }
      if (event.key === 'Enter' && !input.form) openFirst(event);
    });
    list.addEventListener('keydown', (event) => {
      const links = [...list.querySelectorAll('a')], at = links.indexOf(document.activeElement);
      if (event.key === 'ArrowDown' && at < links.length - 1) { event.preventDefault(); links[at + 1].focus(); }
      if (event.key === 'ArrowUp') { event.preventDefault(); (at > 0 ? links[at - 1] : input).focus(); }
      if (event.key === 'Escape') { event.preventDefault(); input.focus(); }
    });
  }

  window.ZecheSearch = { terms, parse, analyser, Index, words };
  document.querySelectorAll('[data-zeche-search]').forEach(setUp);
})();
