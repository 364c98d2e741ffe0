/* The archive's search page: loads the lunr index the build wrote (never builds one), folds
   and splits the query exactly as thidua/site/search.py folded and split the plans, filters by
   province, year, type and national movement, and keeps the query and the filters in the URL.

   Loaded as a plain script in the browser (with lunr.js before it); under node it exports its
   pure functions, so tests/site/test_search.py runs the same folding cases as the Python side. */
(function (root) {
  "use strict";

  var FOLD = "thidua-fold";
  var EXACT = "exact";
  var PAGE = 20;

  /* NFC → NFD, drop combining marks, đ (and its look-alike ð) → d, lowercase. */
  function fold(text) {
    return text.normalize("NFC").replace(/[ĐđÐð]/g, "d").normalize("NFD")
      .replace(/\p{M}/gu, "").toLowerCase();
  }

  function words(text, separator) {
    return text.split(new RegExp(separator)).filter(Boolean).map(fold);
  }

  /* The query's words that carry diacritics, lowercased as typed, as the index holds them (the
     exact field, _telling in search.py). */
  function exactWords(text, separator) {
    return text.split(new RegExp(separator)).filter(Boolean)
      .map(function (word) { return word.normalize("NFC").toLowerCase(); })
      .filter(function (word) { return fold(word) !== word; });
  }

  /* The whole number as one word: "2255/KH-UBND" → "2255khubnd". */
  function code(text, separator) {
    return words(text, separator).join("");
  }

  /* The compact index (thidua/site/search.py: compact_index) back into lunr's serialized form. */
  function expand(compact) {
    var fields = compact.fields;
    var invertedIndex = compact.terms.map(function (term, position) {
      var entry = { _index: position };
      fields.forEach(function (field) { entry[field] = {}; });
      compact.postings[position].forEach(function (row) {
        var ref = 0;
        for (var k = 1; k < row.length; k++) {
          ref += row[k];
          entry[fields[row[0]]][ref] = {};
        }
      });
      return [term, entry];
    });
    var fieldVectors = [];
    fields.forEach(function (field, f) {
      var ref = -1;
      compact.vectors[f].forEach(function (row) {
        ref += row[0];
        var elements = [], term = 0;
        for (var k = 1; k < row.length; k += 2) {
          term += row[k];
          elements.push(term, row[k + 1]);
        }
        fieldVectors.push([field + "/" + ref, elements]);
      });
    });
    return { version: compact.version, fields: fields, fieldVectors: fieldVectors,
             invertedIndex: invertedIndex, pipeline: compact.pipeline };
  }

  function registerFold(lunr) {
    if (lunr.Pipeline.registeredFunctions[FOLD]) { return; }
    var foldToken = function (token) { return token.update(function (text) { return fold(text); }); };
    lunr.Pipeline.registerFunction(foldToken, FOLD);
  }

  /* Refs of the plans that have every word (the last one may be the start of a word), best
     first; an exact document number ranks first, and a query typed with diacritics lists first
     the plans with most of its words as typed. Falls back to any word when none has all. */
  function find(lunr, index, query, separator) {
    var terms = words(query, separator);
    if (!terms.length) { return { refs: null, partial: false }; }
    var whole = code(query, separator);
    var exact = exactWords(query, separator);
    var folded = index.fields.filter(function (field) { return field !== EXACT; });
    var run = function (presence) {
      return index.query(function (q) {
        terms.forEach(function (term, i) {
          var last = i === terms.length - 1 && term.length > 1;
          q.term(term, { presence: presence, usePipeline: false, fields: folded,
                         wildcard: last ? lunr.Query.wildcard.TRAILING : lunr.Query.wildcard.NONE });
        });
        exact.forEach(function (term) {  /* whole words only: they rank, they do not find */
          q.term(term, { fields: [EXACT], usePipeline: false, presence: lunr.Query.presence.OPTIONAL });
        });
        if (/^\d+[a-z]/.test(whole)) {
          q.term(whole, { fields: ["code"], boost: 100, usePipeline: false,
                          presence: lunr.Query.presence.OPTIONAL });
        }
      });
    };
    var ranked = function (results) {  /* by words matched as typed, then by score (stable) */
      var asTyped = function (result) {
        var metadata = result.matchData.metadata;
        return Object.keys(metadata).filter(function (term) { return EXACT in metadata[term]; }).length;
      };
      return results.map(function (result, at) { return [asTyped(result), at, result]; })
        .sort(function (a, b) { return b[0] - a[0] || a[1] - b[1]; })
        .map(function (entry) { return Number(entry[2].ref); });
    };
    var refs = ranked(run(lunr.Query.presence.REQUIRED));
    if (refs.length) { return { refs: refs, partial: false }; }
    return { refs: ranked(run(lunr.Query.presence.OPTIONAL)), partial: true };
  }

  /* The text with every word that starts with a query word marked; folding keeps one
     character per character, so positions in the folded text are positions in the text. */
  function mark(text, terms, escape) {
    var chars = Array.from(text);
    var folded = chars.map(function (ch) { return fold(ch).charAt(0) || ch; });
    var out = "", i = 0;
    while (i < chars.length) {
      var hit = 0;
      var atStart = i === 0 || !/[a-z0-9]/.test(folded[i - 1]);
      if (atStart) {
        terms.forEach(function (term) {
          if (term && folded.slice(i, i + term.length).join("") === term) {
            var end = i + term.length;
            while (end < chars.length && /[a-z0-9]/.test(folded[end])) { end++; }
            hit = Math.max(hit, end - i);
          }
        });
      }
      if (hit) {
        out += "<mark>" + escape(chars.slice(i, i + hit).join("")) + "</mark>";
        i += hit;
      } else {
        out += escape(chars[i]);
        i++;
      }
    }
    return out;
  }

  /* A window of the summary around its first match, about `size` characters. */
  function snippet(text, terms, size) {
    var folded = fold(text);
    var at = -1;
    terms.forEach(function (term) {
      var found = folded.search(new RegExp("(^|[^a-z0-9])" + term.replace(/[^a-z0-9]/g, "")));
      if (found >= 0 && (at < 0 || found < at)) { at = found; }
    });
    if (text.length <= size) { return text; }
    var start = Math.max(0, Math.min(at - size / 3, text.length - size));
    var end = Math.min(text.length, start + size);
    /* whole words only: start after a space, end before one */
    if (start > 0) {
      var space = text.indexOf(" ", start - 1);
      if (space >= 0 && space < end) { start = space + 1; }
    }
    if (end < text.length) {
      var last = text.lastIndexOf(" ", end);
      if (last > start) { end = last; }
    }
    return (start > 0 ? "…" : "") + text.slice(start, end) + (end < text.length ? "…" : "");
  }

  var api = { fold: fold, words: words, exactWords: exactWords, code: code, expand: expand, registerFold: registerFold,
              find: find, mark: mark, snippet: snippet };
  if (typeof module !== "undefined" && module.exports) {
    module.exports = api;
    return;
  }
  root.thiduaSearch = api;

  /* ---- the page ---------------------------------------------------------------------- */

  var page = document.getElementById("td-search");
  if (!page) { return; }
  var form = page.querySelector("form");
  var status = page.querySelector("#td-search-status");
  var list = page.querySelector("#td-search-results");
  var more = page.querySelector("#td-search-more");
  var labels = JSON.parse(page.querySelector("#td-search-labels").textContent);
  var base = page.getAttribute("data-base");
  var data = null, shards = {}, current = [], shown = 0, terms = [], generation = 0;

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (ch) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[ch];
    });
  }

  function fetchJson(name) {
    return fetch(base + name).then(function (response) {
      if (!response.ok) { throw new Error(name + ": " + response.status); }
      return response.json();
    });
  }

  function load() {
    if (!data) {
      registerFold(root.lunr);
      data = Promise.all([fetchJson("index.json"), fetchJson("facets.json")]).then(function (got) {
        return { index: root.lunr.Index.load(expand(got[0])), facets: got[1] };
      });
    }
    return data;
  }

  function params() {
    var url = new URLSearchParams(location.search);
    return { q: url.get("q") || "", province: url.get("province") || "",
             year: url.get("year") || "", type: url.get("type") || "",
             movement: url.get("movement") || "" };
  }

  function fill(state) {
    Object.keys(state).forEach(function (name) {
      var field = form.elements[name];
      if (field) { field.value = state[name]; }
    });
  }

  function read() {
    return { q: form.elements.q.value.trim(), province: form.elements.province.value,
             year: form.elements.year.value, type: form.elements.type.value,
             movement: form.elements.movement ? form.elements.movement.value : "" };
  }

  function address(state) {
    var url = new URLSearchParams();
    Object.keys(state).forEach(function (name) { if (state[name]) { url.set(name, state[name]); } });
    var query = url.toString();
    /* the language switch leads to the same search in the other language */
    document.querySelectorAll("a.md-select__link[hreflang]").forEach(function (link) {
      link.search = query ? "?" + query : "";
    });
    return location.pathname + (query ? "?" + query : "");
  }

  function keep(facets, state) {
    var types = facets.types, movements = facets.movements;
    return function (ref) {
      var doc = facets.docs[ref];
      var province = facets.provinces[doc[0]];
      if (state.province && province[0] !== state.province && province[1] !== state.province) {
        return false;
      }
      if (state.year && String(doc[1]) !== state.year) { return false; }
      if (state.type && types[doc[2]] !== state.type) { return false; }
      if (state.movement && !doc[3].some(function (m) { return movements[m] === state.movement; })) {
        return false;
      }
      return true;
    };
  }

  function say(text) { status.textContent = text; }

  /* A label with its blank filled in as typed: "$&" or "$1" in a query stays as it is (what
     String.replace would have made of them). */
  function fillIn(label, blank, value) { return label.split(blank).join(String(value)); }

  function run(state) {
    var mine = ++generation;  /* a newer search makes this one stop where it is */
    var filtered = state.province || state.year || state.type || state.movement;
    if (!state.q && !filtered) {
      list.innerHTML = "";
      more.hidden = true;
      say(labels.empty);
      return Promise.resolve();
    }
    say(labels.loading);
    return load().then(function (loaded) {
      if (mine !== generation) { return; }
      var found = find(root.lunr, loaded.index, state.q, loaded.facets.separator);
      terms = words(state.q, loaded.facets.separator);
      var refs = found.refs || loaded.facets.docs.map(function (_, ref) { return ref; });
      /* a province searched for that the archive holds no plan of (its own or merged into it):
         say so, rather than list plans that share a word with its name */
      var place = loaded.facets.places[
        words(state.q, loaded.facets.separator).join(" ").replace(/^(tinh|thanh pho|tp) /, "")];
      var held = place && loaded.facets.provinces.some(function (unit) {
        return unit[0] === place[0] || unit[1] === place[0];
      });
      current = place && !held ? [] : refs.filter(keep(loaded.facets, state));
      list.innerHTML = "";
      shown = 0;
      if (!current.length) {
        more.hidden = true;
        say(place && !held ? fillIn(labels.no_plans_here, "{name}", place[1])
                           : fillIn(labels.none, "{query}", state.q));
        return;
      }
      var count = current.length === 1 ? labels.one : fillIn(labels.many, "{n}", current.length);
      return show(loaded.facets.shard, mine).then(function () {
        if (mine === generation) { say(found.partial ? fillIn(labels.partial, "{count}", count) : count); }
      });
    }).catch(function (error) {
      say(labels.failed);
      throw error;
    });
  }

  function shard(number) {
    if (!shards[number]) { shards[number] = fetchJson("docs/" + number + ".json"); }
    return shards[number];
  }

  function show(size, mine) {
    var next = current.slice(shown, shown + PAGE);
    var needed = Array.from(new Set(next.map(function (ref) { return Math.floor(ref / size); })));
    return Promise.all(needed.map(shard)).then(function (loaded) {
      if (mine !== generation) { return; }
      var byShard = {};
      needed.forEach(function (number, i) { byShard[number] = loaded[i]; });
      next.forEach(function (ref) {
        list.insertAdjacentHTML("beforeend", item(byShard[Math.floor(ref / size)][ref % size]));
      });
      shown += next.length;
      more.hidden = shown >= current.length;
    });
  }

  function item(doc) {
    var url = doc[0], title = doc[1], number = doc[2], issuer = doc[3], province = doc[4],
        date = doc[5], code = doc[6], statusLabel = doc[7], summary = doc[8];
    var meta = [number, issuer, province, date].filter(Boolean).map(escapeHtml).join(" · ");
    return '<li class="td-plan-item"><a href="' + escapeHtml(labels.root + url) + '">' +
      mark(title, terms, escapeHtml) + '</a><span class="td-meta">' + meta + "</span>" +
      '<span class="td-badge td-badge-' + escapeHtml(code) + '">' + escapeHtml(statusLabel) +
      "</span>" + '<span class="td-snippet">' + mark(snippet(summary, terms, 180), terms, escapeHtml) +
      "</span></li>";
  }

  var timer = null;
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(timer);  /* the search typed and submitted is run once: not again 200 ms later,
                             redrawing the results under a reader who has moved into them */
    var state = read();
    history.pushState(state, "", address(state));
    run(state);
  });
  form.elements.q.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var state = read();
      history.replaceState(state, "", address(state));
      run(state);
    }, 200);
  });
  ["province", "year", "type", "movement"].forEach(function (name) {
    if (!form.elements[name]) { return; }  /* (no movement filter when no plan names one) */
    form.elements[name].addEventListener("change", function () {
      var state = read();
      history.pushState(state, "", address(state));
      run(state);
    });
  });
  var showing = null;  /* the "more" being shown: a second click meanwhile waits for it */
  more.addEventListener("click", function () {
    if (showing) { return; }
    var mine = generation;
    showing = load().then(function (loaded) { return show(loaded.facets.shard, mine); })
      .then(function () { showing = null; }, function (error) { showing = null; throw error; });
  });
  window.addEventListener("popstate", function () {
    var state = params();
    fill(state);
    address(state);
    run(state);
  });
  var initial = params();
  fill(initial);
  address(initial);
  run(initial);
})(typeof window !== "undefined" ? window : globalThis);
