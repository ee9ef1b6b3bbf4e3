// Loaded async from index.html, while the stylesheet and the app's code are still on their way: the first Intl
// formatter of a page loads ICU's data (20–60 ms of main thread here, ~4× that on a phone), which otherwise fell on
// the first date the page drew, one long task after the page had appeared. Any locale warms it for all.
new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Shanghai' }).format(0);
new Intl.NumberFormat().format(0);
