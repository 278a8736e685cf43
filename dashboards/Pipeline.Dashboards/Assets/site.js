// Dashboards of the ISP-ES sector: charts from the embedded Plotly figures, filters, sortable and
// searchable tables, CSV of the table as shown, "citer ce chiffre". No request leaves the page.
(function () {
  "use strict";

  var charts = [];

  function renderCharts() {
    document.querySelectorAll("script.figure").forEach(function (script) {
      var figure = JSON.parse(script.textContent);
      var target = document.getElementById(script.dataset.target);
      var original = JSON.parse(JSON.stringify(figure.data));
      charts.push({ target: target, original: original, layout: figure.layout });
      Plotly.newPlot(target, figure.data, figure.layout, {
        displaylogo: false, responsive: true,
        modeBarButtonsToRemove: ["select2d", "lasso2d", "autoScale2d"],
        toImageButtonOptions: { format: "png", filename: target.id, scale: 2 }
      });
    });
  }

  function selectedFilters() {
    var form = document.querySelector("form.filtres");
    if (!form) { return { names: [], values: {} }; }
    var values = {};
    form.querySelectorAll("select.filtre").forEach(function (select) { values[select.dataset.filtre] = select.value; });
    return { names: form.dataset.filtres.split(","), values: values };
  }

  function pointMatches(custom, filters) {
    if (!custom) { return true; }
    for (var k = 0; k < filters.names.length; k++) {
      var wanted = filters.values[filters.names[k]];
      if (wanted && custom[k] !== "" && custom[k] !== wanted) { return false; }
    }
    return true;
  }

  function applyFilters() {
    var filters = selectedFilters();
    charts.forEach(function (chart) {
      var data = chart.original.map(function (trace) {
        var keep = [];
        for (var i = 0; i < trace.x.length; i++) {
          if (pointMatches(trace.customdata && trace.customdata[i], filters)) { keep.push(i); }
        }
        var copy = Object.assign({}, trace);
        ["x", "y", "text", "customdata"].forEach(function (key) {
          if (trace[key]) { copy[key] = keep.map(function (i) { return trace[key][i]; }); }
        });
        return copy;
      }).filter(function (trace) { return trace.x.length > 0; });
      Plotly.react(chart.target, data, chart.layout);
    });
    document.querySelectorAll("table.donnees-table tbody tr").forEach(function (row) {
      var hidden = false;
      filters.names.forEach(function (name) {
        var wanted = filters.values[name];
        var value = row.getAttribute("data-f-" + name);
        if (wanted && value !== null && value !== wanted) { hidden = true; }
      });
      row.classList.toggle("cache-filtre", hidden);
    });
  }

  // "12 345,6 %" → 12345.6; "c" and "—" are not numbers (they sort as text, after the numbers' column order).
  function frenchNumber(text) {
    var cleaned = text.replace(/[\s\u00A0\u202F%€h]|pt/g, "").replace("−", "-").replace(",", ".");
    return /^[-+]?\d+(\.\d+)?$/.test(cleaned) ? parseFloat(cleaned) : NaN;
  }

  function sortTable(button) {
    var th = button.closest("th");
    var table = th.closest("table");
    var index = Array.prototype.indexOf.call(th.parentNode.children, th);
    var ascending = th.getAttribute("aria-sort") !== "ascending";
    table.querySelectorAll("th").forEach(function (other) { other.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = a.cells[index].textContent.trim(), y = b.cells[index].textContent.trim();
      var nx = frenchNumber(x), ny = frenchNumber(y);
      var order = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y, "fr-BE");
      return ascending ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }

  function search(input) {
    var section = input.closest("section.tableau");
    var needle = input.value.trim().toLocaleLowerCase("fr-BE");
    section.querySelectorAll("tbody tr").forEach(function (row) {
      row.classList.toggle("cache-recherche", needle !== "" && row.textContent.toLocaleLowerCase("fr-BE").indexOf(needle) < 0);
    });
  }

  function csvField(text) {
    return /[";\n]/.test(text) ? "\"" + text.replace(/"/g, "\"\"") + "\"" : text;
  }

  // The CSV is the table as the reader sees it: visible rows, in the shown order, values as displayed.
  function tableCsv(table) {
    var lines = [];
    lines.push(Array.prototype.map.call(table.tHead.rows[0].cells, function (c) { return csvField(c.textContent.trim()); }).join(";"));
    Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
      if (row.classList.contains("cache-filtre") || row.classList.contains("cache-recherche")) { return; }
      lines.push(Array.prototype.map.call(row.cells, function (c) { return csvField(c.textContent.trim()); }).join(";"));
    });
    return "\uFEFF" + lines.join("\r\n") + "\r\n";
  }

  function downloadCsv(button) {
    var section = button.closest("section.tableau");
    var table = section.querySelector("table");
    var blob = new Blob([tableCsv(table)], { type: "text/csv;charset=utf-8" });
    var link = document.createElement("a");
    var index = Array.prototype.indexOf.call(document.querySelectorAll("section.tableau"), section) + 1;
    link.href = URL.createObjectURL(blob);
    link.download = (location.pathname.split("/").pop() || "index.html").replace(/\.html$/, "") + "-tableau-" + index + ".csv";
    document.body.appendChild(link);
    link.click();
    link.remove();
  }

  function copy(button) {
    var text = button.dataset.copy;
    var done = function () { button.textContent = "Copié"; };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, function () { selectCitation(button); });
    } else {
      selectCitation(button);
    }
  }

  function selectCitation(button) {
    var range = document.createRange();
    range.selectNodeContents(button.parentNode.querySelector(".citation"));
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  document.addEventListener("DOMContentLoaded", function () {
    if (window.Plotly) { renderCharts(); }
    document.querySelectorAll("select.filtre").forEach(function (s) { s.addEventListener("change", applyFilters); });
    document.addEventListener("click", function (event) {
      var target = event.target;
      if (target.matches("button.trier")) { sortTable(target); }
      if (target.matches("button.csv")) { downloadCsv(target); }
      if (target.matches("button.copier")) { copy(target); }
    });
    document.querySelectorAll("input.recherche").forEach(function (input) {
      input.addEventListener("input", function () { search(input); });
    });
  });

  window.ispes = { tableCsv: tableCsv };
})();
