// Zeche's search client: plain JavaScript, no library, no request to any other host.
// It reads the index that Zeche writes (docs/search.md) and analyses text exactly as
// Sources/Search does: tokenising, folding, stemming and the query rules must stay in step.
(function () {
  'use strict';

  // Text analysis (Sources/Search/Analysis).
  var WORD = /[\p{L}\p{M}\p{Nd}\u00AD]+(?:['\u2019\-\u2010\u2011][\p{L}\p{M}\p{Nd}\u00AD]+)*/gu;
  var SPECIAL = { 'ä': 'ae', 'ö': 'oe', 'ü': 'ue', 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'đ': 'd',
    'ð': 'd', 'þ': 'th', 'ł': 'l', 'ı': 'i', 'ħ': 'h', 'ς': 'σ' };

  // Each word with its parts and where it stands in the text.
  function words(text) {
    var found = [];
    for (var match of text.matchAll(WORD)) {
      var parts = match[0].split(/[-\u2010\u2011]/).map(function (part) {
        return part.replace(/['\u2019\u00AD]/g, '');
      }).filter(Boolean);
      if (parts.length) found.push({ parts: parts, start: match.index, end: match.index + match[0].length });
    }
    return found;
  }

  function expand(word) {
    if (/^[\x00-\x7f]*$/.test(word)) return word.toLowerCase();
    return word.normalize('NFC').toLowerCase().replace(/[äöüßæœøđðþłıħς]/g, function (c) { return SPECIAL[c]; })
      .normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
  }

  function contract(word) { return word.replace(/([aou])e/g, '$1'); }

  function length(word) { var n = 0; for (var c of word) n++; return n; }

  function german(w) {
    var n = length(w);
    var drop = function (k) { w = w.slice(0, -k); n -= k; };
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
    var n = length(w);
    var drop = function (k) { w = w.slice(0, -k); n -= k; };
    if (w === 'news') return w;
    if (n > 4 && w.endsWith('ies')) { drop(3); w += 'y'; n += 1; }
    else if (n > 4 && /([sxz]|ch|sh)es$/.test(w)) drop(2);
    else if (n > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) drop(1);
    var ending = w.endsWith('ing') ? 3 : w.endsWith('ed') && !w.endsWith('eed') ? 2 : 0;
    if (ending && n - ending >= 3 && /[aeiouy]/.test(w.slice(0, -ending))) {
      drop(ending);
      var last = w[w.length - 1];
      if (w.length >= 2 && w[w.length - 2] === last && 'bcdfghjkmnpqrtvwx'.includes(last)) drop(1);
    }
    if (n > 3 && w.endsWith('e')) drop(1);
    return w;
  }

  var STEMMERS = { 'german-light-1': german, 'english-light-1': english };

  // rules: {stemmer, stopWords} as the manifest gives them per language.
  function analyser(rules) {
    var stop = new Set(rules.stopWords || []);
    var stem = STEMMERS[rules.stemmer] || function (w) { return w; };
    return function (word) {
      var e = expand(word);
      if (stop.has(contract(e))) return null;
      var t = contract(stem(e));
      return length(t) >= 2 ? t : null;
    };
  }

  // The terms of a text as the index files them (the tests compare them with Swift's).
  function terms(text, rules) {
    var term = analyser(rules), out = [];
    words(text).forEach(function (w) {
      var whole = term(w.parts.join(''));
      if (whole) out.push(whole);
      if (w.parts.length > 1) w.parts.forEach(function (p) { var t = term(p); if (t) out.push(t); });
    });
    return out;
  }

  // Query parsing (SearchQuery.swift): clauses that must all match.
  function parse(text, analysers) {
    function variants(word) {
      var out = [];
      for (var i = 0; i < analysers.length; i++) {
        var t = analysers[i](word);
        if (!t) return null;
        if (out.indexOf(t) < 0) out.push(t);
      }
      return out.length ? out : null;
    }
    var clauses = [];
    text.split(/["\u201E\u201C\u201D]/).forEach(function (segment, index) {
      if (index % 2 === 0) {
        words(segment).forEach(function (w) {
          var v = variants(w.parts.join(''));
          if (v) clauses.push({ words: [{ variants: v, offset: 0 }], prefix: true });
        });
        return;
      }
      var phrase = [], offset = 0;
      words(segment).forEach(function (w) {
        w.parts.forEach(function (p) {
          var v = variants(p);
          if (v) phrase.push({ variants: v, offset: offset });
          offset++;
        });
      });
      if (phrase.length === 1) phrase[0].offset = 0;
      if (phrase.length) clauses.push({ words: phrase, prefix: false });
    });
    return clauses;
  }

  // Numbers written five bits to a character (VarintText.swift).
  var DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  var VALUE = {};
  for (var d = 0; d < 64; d++) VALUE[DIGITS[d]] = d;
  function numbers(text) {
    var out = [], value = 0, shift = 0;
    for (var i = 0; i < text.length; i++) {
      var digit = VALUE[text[i]];
      value += (digit & 31) * Math.pow(2, shift);
      if (digit >= 32) shift += 5; else { out.push(value); value = 0; shift = 0; }
    }
    return out;
  }

  function fileName(key) {
    var name = '';
    new TextEncoder().encode(key).forEach(function (b) {
      name += (b >= 97 && b <= 122) || (b >= 48 && b <= 57) ? String.fromCharCode(b) : '_' + (b < 16 ? '0' : '') + b.toString(16);
    });
    return name;
  }

  // The index: files are fetched once, from the index's own origin only.
  function Index(url) {
    var base = new URL(url, location.href);
    if (base.origin !== location.origin) throw new Error('search index on another host: ' + base);
    this.base = base;
    this.files = new Map();
    this.lists = new Map();
  }

  Index.prototype.get = function (path) {
    if (!this.files.has(path)) {
      var request = fetch(new URL(path, this.base), { credentials: 'same-origin' }).then(function (response) {
        if (!response.ok) throw new Error(path + ': ' + response.status);
        return response.json();
      });
      request.catch(function () {});
      this.files.set(path, request);
    }
    return this.files.get(path);
  };

  Index.prototype.open = function () {
    var index = this;
    return index.manifest || (index.manifest = index.get('manifest.json').then(function (m) {
      if (m.format !== 'zeche-search' || m.version !== 1) throw new Error('unknown index version');
      index.m = m;
      index.analysers = Object.keys(m.languages).sort().map(function (code) { return analyser(m.languages[code]); });
      return m;
    }));
  };

  // The shards a term needs: the longest key that is its prefix, and for prefix search every
  // key that starts with it.
  Index.prototype.shards = function (term, prefix) {
    var best = null;
    this.m.shards.forEach(function (key) {
      if (term.startsWith(key) && (!best || length(key) > length(best))) best = key;
    });
    var keys = best ? [best] : [];
    if (prefix) this.m.shards.forEach(function (key) { if (key !== term && key.startsWith(term)) keys.push(key); });
    return keys;
  };

  // [term, postings] for every term equal to `term` or, with prefix, starting with it.
  Index.prototype.lookup = function (term, prefix, positions) {
    var index = this;
    return Promise.all(index.shards(term, prefix).map(function (key) {
      var name = fileName(key);
      return Promise.all([index.get('terms/' + name + '.json'), positions ? index.get('positions/' + name + '.json') : null])
        .then(function (files) {
          var found = [], shard = files[0];
          for (var i = 0; i < shard.terms.length; i++) {
            var t = shard.terms[i];
            if (prefix ? t.startsWith(term) : t === term) found.push([t, index.postings(name, i, shard, files[1])]);
          }
          return found;
        });
    })).then(function (lists) { return [].concat.apply([], lists); });
  };

  Index.prototype.postings = function (name, i, shard, positionShard) {
    var id = name + ':' + i, list = this.lists.get(id);
    if (!list) {
      var values = numbers(shard.postings[i]), doc = -1;
      list = { docs: new Int32Array(values.length), masks: new Uint8Array(values.length) };
      values.forEach(function (v, k) { doc += Math.floor(v / 32) + 1; list.docs[k] = doc; list.masks[k] = v % 32; });
      this.lists.set(id, list);
    }
    if (positionShard && !list.positions) {
      var p = numbers(positionShard.positions[i]), at = 0;
      list.positions = Array.from(list.docs, function () {
        var count = p[at++], set = new Set(), pos = 0;
        for (var j = 0; j < count; j++) { pos += p[at++]; set.add(pos); }
        return set;
      });
    }
    return list;
  };

  // Ranked document ids for a query (SearchIndexReader.swift has the same scoring).
  Index.prototype.search = function (text, filters) {
    var index = this;
    return index.open().then(function (m) {
      var clauses = parse(text, index.analysers);
      if (!clauses.length) return { clauses: clauses, hits: [] };
      var loads = [];
      clauses.forEach(function (clause) {
        clause.words.forEach(function (word) {
          word.found = word.variants.map(function (v) {
            var prefix = clause.prefix && length(v) >= 3;
            var request = index.lookup(v, prefix, clause.words.length > 1).then(function (f) { return [v, f]; });
            loads.push(request);
            return request;
          });
        });
      });
      return Promise.all(loads).then(function () {
        return Promise.all(clauses.map(function (c) {
          return Promise.all(c.words.map(function (w) { return Promise.all(w.found); }));
        }));
      }).then(function (found) {
        return index.allowed(filters).then(function (allowed) {
          return { clauses: clauses, hits: rank(m.documents, clauses, found, allowed) };
        });
      });
    });
  };

  function rank(count, clauses, found, allowed) {
    var total = new Int32Array(count), matched = new Uint8Array(count);
    clauses.forEach(function (clause, c) {
      var scores = clause.words.length === 1 ? wordScores(count, found[c][0]) : phraseScores(count, clause, found[c]);
      scores.docs.forEach(function (doc) { total[doc] += scores.best[doc]; matched[doc]++; });
    });
    var hits = [];
    for (var doc = 0; doc < count; doc++) {
      if (matched[doc] === clauses.length && (!allowed || allowed[doc])) hits.push({ document: doc, score: total[doc] });
    }
    return hits.sort(function (a, b) { return b.score - a.score || a.document - b.document; });
  }

  function wordScores(count, variants) {
    var best = new Int32Array(count), docs = [];
    variants.forEach(function (entry) {
      entry[1].forEach(function (pair) {
        var list = pair[1];
        for (var k = 0; k < list.docs.length; k++) {
          var mask = list.masks[k], doc = list.docs[k];
          var score = (mask & 15) * 4 + (mask & 16 ? 1 : pair[0] === entry[0] ? 3 : 2);
          if (!best[doc]) docs.push(doc);
          if (score > best[doc]) best[doc] = score;
        }
      });
    });
    return { best: best, docs: docs };
  }

  function phraseScores(count, clause, found) {
    var perWord = found.map(function (variants) {
      var map = new Map();
      variants.forEach(function (entry) {
        entry[1].forEach(function (pair) {
          var list = pair[1];
          for (var k = 0; k < list.docs.length; k++) {
            var mask = list.masks[k], doc = list.docs[k], seen = map.get(doc) || { score: 0, positions: new Set() };
            seen.score = Math.max(seen.score, (mask & 15) * 4 + (mask & 16 ? 1 : 3));
            list.positions[k].forEach(function (p) { seen.positions.add(p); });
            map.set(doc, seen);
          }
        });
      });
      return map;
    });
    var best = new Int32Array(count), docs = [], words = clause.words;
    perWord[0].forEach(function (first, doc) {
      if (!perWord.every(function (map) { return map.has(doc); })) return;
      for (var start of first.positions) {
        if (words.every(function (w, i) { return perWord[i].get(doc).positions.has(start - words[0].offset + w.offset); })) {
          docs.push(doc);
          best[doc] = perWord.reduce(function (sum, map) { return sum + map.get(doc).score; }, 0);
          return;
        }
      }
    });
    return { best: best, docs: docs };
  }

  // The documents the filters let through, or null without filters.
  Index.prototype.allowed = function (filters) {
    var index = this, wanted = ['section', 'category', 'year'].filter(function (f) { return filters && filters[f]; });
    if (!wanted.length) return Promise.resolve(null);
    return index.get('facets.json').then(function (facets) {
      var allowed = new Uint8Array(index.m.documents);
      wanted.forEach(function (name) {
        var values = index.m.facets[name] || [], at = -1;
        values.forEach(function (v, i) { if (v[0] === filters[name]) at = i; });
        var ranges = at < 0 ? [] : numbers(facets[name][at]), end = 0;
        for (var i = 0; i + 1 < ranges.length; i += 2) {
          var start = end + ranges[i];
          end = start + ranges[i + 1] + 1;
          for (var doc = start; doc < end; doc++) allowed[doc]++;
        }
      });
      return allowed.map(function (n) { return n === wanted.length ? 1 : 0; });
    });
  };

  Index.prototype.record = function (doc) {
    var m = this.m;
    return this.get('docs/' + Math.floor(doc / m.documentChunk) + '.json').then(function (c) {
      var r = c.docs[doc % m.documentChunk];
      return { url: r[0], title: r[1], date: r[2], section: r[3], categories: r[4], excerpt: r[5] };
    });
  };

  Index.prototype.text = function (doc) {
    var m = this.m;
    return this.get('text/' + Math.floor(doc / m.textChunk) + '.json').then(function (c) { return c.texts[doc % m.textChunk]; });
  };

  // The page: results as you type, filters, keyboard, the query in the URL.
  var TEXTS = {
    de: { none: 'Keine Ergebnisse für „{q}“', one: '1 Ergebnis', many: '{n} Ergebnisse', more: 'Weitere Ergebnisse',
      section: 'Alle Rubriken', category: 'Alle Kategorien', year: 'Alle Jahre', error: 'Die Suche ist gerade nicht erreichbar.' },
    en: { none: 'No results for “{q}”', one: '1 result', many: '{n} results', more: 'More results',
      section: 'All sections', category: 'All categories', year: 'All years', error: 'Search is not available right now.' }
  };
  var PAGE = 10, FILTERS = ['section', 'category', 'year'];

  function element(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text) e.textContent = text;
    return e;
  }

  function part(root, name, tag, parent) {
    var found = root.querySelector('[data-search-' + name + ']');
    if (!found) {
      found = element(tag, 'search-' + name);
      found.setAttribute('data-search-' + name, '');
      (parent || root).appendChild(found);
    }
    return found;
  }

  function setUp(root) {
    var input = root.querySelector('input[type=search]');
    if (!input) return;
    var form = input.form, index = new Index(root.getAttribute('data-index') || 'search/');
    var lang = (root.getAttribute('data-lang') || document.documentElement.lang || 'de').slice(0, 2);
    var texts = Object.assign({}, TEXTS[lang] || TEXTS.en);
    Object.keys(texts).forEach(function (k) { var v = root.getAttribute('data-text-' + k); if (v) texts[k] = v; });
    var filtersBox = part(root, 'filters', 'div'), status = part(root, 'status', 'p'), list = part(root, 'results', 'ol');
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    var selects = {}, timer = 0, run = 0, shown = [], current = null, more = null;
    var params = new URLSearchParams(location.search);
    input.value = params.get('q') || input.value;

    index.open().then(function (m) {
      FILTERS.forEach(function (name) {
        var values = (m.facets[name] || []).map(function (v) { return v[0]; });
        if (!values.length) return;
        if (name === 'year') values.reverse();
        var select = selects[name] = element('select', 'search-filter');
        select.name = name;
        select.setAttribute('aria-label', texts[name]);
        select.appendChild(element('option', '', texts[name])).value = '';
        values.forEach(function (v) { select.appendChild(element('option', '', v)).value = v; });
        select.value = params.get(name) || '';
        select.addEventListener('change', function () { search(true); });
        filtersBox.appendChild(select);
      });
      if (input.value.trim()) search(false);
    }).catch(failed);

    function failed() { status.textContent = texts.error; }

    function filters() {
      var f = {};
      FILTERS.forEach(function (name) { if (selects[name] && selects[name].value) f[name] = selects[name].value; });
      return f;
    }

    function remember(q, f) {
      var p = new URLSearchParams(location.search);
      p.delete('q');
      FILTERS.forEach(function (name) { p.delete(name); });
      if (q) p.set('q', q);
      FILTERS.forEach(function (name) { if (f[name]) p.set(name, f[name]); });
      var query = p.toString();
      history.replaceState(history.state, '', location.pathname + (query ? '?' + query : '') + location.hash);
    }

    function search(write) {
      clearTimeout(timer);
      timer = 0;
      var q = input.value.trim(), f = filters(), mine = ++run;
      if (write) remember(q, f);
      if (!q) { list.textContent = ''; status.textContent = ''; if (more) more.hidden = true; return; }
      index.search(q, f).then(function (result) {
        if (mine !== run) return;
        current = result;
        shown = [];
        list.textContent = '';
        var n = result.hits.length;
        status.textContent = n ? (n === 1 ? texts.one : texts.many.replace('{n}', n.toLocaleString(lang))) : texts.none.replace('{q}', q);
        root.setAttribute('data-search-count', n);
        showMore(mine);
      }).catch(failed);
    }

    function showMore(mine) {
      var next = current.hits.slice(shown.length, shown.length + PAGE);
      next.forEach(function (hit) {
        var item = list.appendChild(element('li', 'search-result'));
        shown.push(item);
        index.record(hit.document).then(function (r) {
          if (mine === run) render(item, r, hit.document, current.clauses);
        }).catch(failed);
      });
      if (!more) {
        more = element('button', 'search-more', texts.more);
        more.type = 'button';
        more.addEventListener('click', function () { var first = shown.length; showMore(run); focusResult(first); });
        list.after(more);
      }
      more.hidden = shown.length >= current.hits.length;
    }

    function render(item, r, doc, clauses) {
      var link = item.appendChild(element('a', 'search-result__link'));
      link.href = r.url;
      highlight(link, r.title, clauses, index.analysers);
      var meta = item.appendChild(element('p', 'search-result__meta'));
      var day = r.date.slice(0, 10), time = meta.appendChild(element('time'));
      var parts = day.split('-').map(Number);
      time.dateTime = day;
      time.textContent = parts.length === 3 && parts[0] ? new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
        .format(new Date(Date.UTC(parts[0], parts[1] - 1, parts[2]))) : day;
      if (r.section) meta.appendChild(document.createTextNode(' · ' + r.section));
      var excerpt = item.appendChild(element('p', 'search-result__excerpt'));
      if (highlight(excerpt, r.excerpt, clauses, index.analysers) >= clauses.length) return;
      index.text(doc).then(function (text) {
        var snippet = passage(text, clauses, index.analysers);
        if (snippet) { excerpt.textContent = ''; highlight(excerpt, snippet, clauses, index.analysers); }
      }).catch(function () {});
    }

    input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(function () { timer = 0; search(true); }, 150); });
    (form || input).addEventListener('submit', function (event) {
      event.preventDefault();
      var first = list.querySelector('a');
      if (first && !timer) location.href = first.href; else search(true);
    });
    input.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown') { event.preventDefault(); focusResult(0); }
      if (event.key === 'Escape') { input.value = ''; search(true); }
      if (event.key === 'Enter' && !form) { event.preventDefault(); var first = list.querySelector('a'); if (first) location.href = first.href; }
    });
    list.addEventListener('keydown', function (event) {
      var links = Array.from(list.querySelectorAll('a')), at = links.indexOf(document.activeElement);
      if (event.key === 'ArrowDown' && at < links.length - 1) { event.preventDefault(); links[at + 1].focus(); }
      if (event.key === 'ArrowUp') { event.preventDefault(); (at > 0 ? links[at - 1] : input).focus(); }
      if (event.key === 'Escape') { event.preventDefault(); input.focus(); }
    });

    function focusResult(at) {
      var link = list.querySelectorAll('a')[at];
      if (link) link.focus();
    }
  }

  // The term tests of a query's clauses: exact, by prefix, or as a compound's tail.
  function matchers(clauses) {
    return clauses.map(function (clause) {
      return function (term) {
        return clause.words.some(function (w) {
          return w.variants.some(function (v) {
            return term === v || (clause.prefix && length(v) >= 3 && term.startsWith(v)) || (length(v) >= 4 && term.indexOf(v, 3) > 0);
          });
        });
      };
    });
  }

  // The words of a text that match, as [start, end, clause]: each word and part is tried
  // unstemmed and under every rule set of the index, so that each inflected form lights up.
  function hits(text, clauses, analysers) {
    var tests = matchers(clauses), out = [];
    words(text).forEach(function (w) {
      var clause = -1;
      [w.parts.join('')].concat(w.parts.length > 1 ? w.parts : []).forEach(function (form) {
        [function (f) { return contract(expand(f)); }].concat(analysers).forEach(function (analyse) {
          var t = clause < 0 && analyse(form);
          if (t) tests.forEach(function (test, c) { if (clause < 0 && test(t)) clause = c; });
        });
      });
      if (clause >= 0) out.push([w.start, w.end, clause]);
    });
    return out;
  }

  // Writes text into the element with the matched words in <mark>; returns how many of the
  // clauses it showed.
  function highlight(target, text, clauses, analysers) {
    var at = 0, seen = new Set();
    hits(text, clauses, analysers).forEach(function (h) {
      target.appendChild(document.createTextNode(text.slice(at, h[0])));
      target.appendChild(element('mark', '', text.slice(h[0], h[1])));
      seen.add(h[2]);
      at = h[1];
    });
    target.appendChild(document.createTextNode(text.slice(at)));
    return seen.size;
  }

  // About 30 words of the text around the place that matches most clauses.
  function passage(text, clauses, analysers) {
    var found = hits(text, clauses, analysers), best = null, bestCount = 0;
    found.forEach(function (h, i) {
      var seen = new Set();
      for (var j = i; j < found.length && found[j][0] - h[0] < 160; j++) seen.add(found[j][2]);
      if (seen.size > bestCount) { best = h; bestCount = seen.size; }
    });
    if (!best) return null;
    var start = Math.max(0, text.lastIndexOf(' ', Math.max(0, best[0] - 60)) + 1);
    if (best[0] - start > 80) start = best[0];
    var end = text.indexOf(' ', Math.min(text.length, start + 220));
    end = end < 0 ? text.length : end;
    return (start > 0 ? '… ' : '') + text.slice(start, end) + (end < text.length ? ' …' : '');
  }

  window.ZecheSearch = { terms: terms, parse: parse, analyser: analyser, Index: Index, words: words };
  document.querySelectorAll('[data-zeche-search]').forEach(setUp);
})();
