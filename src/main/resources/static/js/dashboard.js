// Managers' dashboard: draws the per-day chart from the figures table and refreshes the page's
// data every minute (unless paused). Everything is inserted as text, never as HTML.
(function () {
  'use strict';
  var REFRESH_MS = 60000;
  var main = document.getElementById('main');
  var tasklist = main.getAttribute('data-tasklist');
  var paused = false;
  var chart = null;

  function perDayFromTable() {
    var rows = document.querySelectorAll('#perDayTable tbody tr');
    return Array.prototype.map.call(rows, function (row) {
      return { day: row.cells[0].textContent, escalations: Number(row.cells[1].textContent) };
    });
  }

  function drawChart(perDay) {
    if (typeof Chart === 'undefined') { return; }
    var data = { labels: perDay.map(function (d) { return d.day.slice(5); }),
      datasets: [{ label: 'Escalations', data: perDay.map(function (d) { return d.escalations; }), backgroundColor: '#1d4f91' }] };
    if (chart) { chart.data = data; chart.update(); return; }
    chart = new Chart(document.getElementById('chart'), { type: 'bar', data: data,
      options: { animation: false, plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } } });
  }

  // each cell carries its column's name, shown beside the value when a phone stacks the rows (site.css "stack")
  function cell(row, text, href) {
    var td = row.insertCell();
    var header = row.closest('table').tHead.rows[0].cells[td.cellIndex];
    td.setAttribute('data-label', header.textContent);
    if (href) { var a = document.createElement('a'); a.href = href; a.textContent = text; td.appendChild(a); }
    else { td.textContent = text; }
  }

  function overdue(minutes) {
    return minutes >= 60 ? Math.floor(minutes / 60) + ' h ' + (minutes % 60) + ' min' : minutes + ' min';
  }

  // the same form as the page's own "Send again" (its CSRF token comes from the page)
  function resendForm(job, token) {
    var form = document.createElement('form');
    form.method = 'post'; form.className = 'inline';
    form.action = '/dashboard/failing-emails/' + encodeURIComponent(job.jobId) + '/resend';
    var hidden = document.createElement('input');
    hidden.type = 'hidden'; hidden.name = '_csrf'; hidden.value = token;
    var button = document.createElement('button');
    button.type = 'submit'; button.textContent = 'Send again';
    button.setAttribute('aria-label', 'Send again: ' + job.step + ' for ' + job.reference);
    form.appendChild(hidden); form.appendChild(button);
    return form;
  }

  function render(board) {
    var body = document.querySelector('#escalations tbody');
    body.textContent = '';
    board.escalations.forEach(function (r) {
      var row = body.insertRow();
      cell(row, r.reference, '/concerns/' + encodeURIComponent(r.reference));
      cell(row, r.stepName); cell(row, r.responsible); cell(row, r.team);
      cell(row, r.reason === 'OVERDUE' ? 'Not finished' : 'Not acknowledged');
      cell(row, String(r.level)); cell(row, overdue(r.minutesOverdue));
      cell(row, 'Open task', tasklist + '#/?task=' + encodeURIComponent(r.taskId));
    });
    var none = document.getElementById('none');
    if (none) { none.hidden = board.escalations.length > 0; }
    var shownOf = document.getElementById('shownOf');
    shownOf.hidden = board.total <= board.escalations.length;
    shownOf.textContent = 'Showing the ' + board.escalations.length + ' most overdue of ' + board.total
      + '. Use the filters to narrow the list.';
    var counts = document.getElementById('countsByLevel');
    counts.textContent = '';
    Object.keys(board.countsByLevel).forEach(function (level) {
      var li = document.createElement('li');
      var strong = document.createElement('strong');
      strong.textContent = board.countsByLevel[level];
      li.appendChild(strong);
      li.appendChild(document.createTextNode(' at level ' + level));
      counts.appendChild(li);
    });
    var missing = document.querySelector('#missing tbody');
    missing.textContent = '';
    board.missing.forEach(function (m) {
      var row = missing.insertRow();
      cell(row, m.reference, '/concerns/' + encodeURIComponent(m.reference));
      cell(row, m.childId); cell(row, m.since); cell(row, overdue(m.minutesMissing));
    });
    document.getElementById('noneMissing').hidden = board.missing.length > 0;
    var stuckSection = document.getElementById('stuckSection');
    var mayResend = stuckSection.getAttribute('data-may-resend') === 'true';
    var stuck = document.getElementById('stuck');
    stuck.textContent = '';
    board.stuck.forEach(function (j) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = '/concerns/' + encodeURIComponent(j.reference); a.textContent = j.reference;
      li.appendChild(a);
      li.appendChild(document.createTextNode(': ' + j.step + ', failing since ' + j.since));
      if (mayResend) { li.appendChild(resendForm(j, stuckSection.getAttribute('data-form-token'))); }
      stuck.appendChild(li);
    });
    stuckSection.hidden = board.stuck.length === 0;
    drawChart(board.perDay);
    document.getElementById('updated').textContent = 'Updated ' + new Date().toLocaleTimeString('en-GB');
  }

  function refresh() {
    if (paused) { return; }
    fetch('/dashboard/data' + window.location.search, { credentials: 'same-origin' })
      .then(function (response) { if (!response.ok) { throw new Error(response.status); } return response.json(); })
      .then(render)
      .catch(function () { document.getElementById('updated').textContent = 'Could not update; will try again.'; });
  }

  document.getElementById('pause').addEventListener('click', function (event) {
    paused = !paused;
    event.target.setAttribute('aria-pressed', String(paused));
    event.target.textContent = paused ? 'Resume updates' : 'Pause updates';
  });
  drawChart(perDayFromTable());
  setInterval(refresh, REFRESH_MS);
}());
