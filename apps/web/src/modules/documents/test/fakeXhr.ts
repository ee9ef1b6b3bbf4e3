// An XMLHttpRequest for tests of uploads: no network; the test answers, drops or reports progress by hand.
type Listener = (event: ProgressEvent) => void;

/** An XMLHttpRequest that the test finishes by hand: progress, an answer, or a dropped connection. */
export class FakeXhr {
  static made: FakeXhr[] = [];
  /** Called with each new request, e.g. to answer it at once. */
  static onSend: ((xhr: FakeXhr) => void) | undefined;
  method = '';
  url = '';
  headers: Record<string, string> = {};
  sent: unknown;
  status = 0;
  responseText = '';
  withCredentials = false;
  responseHeaders: Record<string, string> = {};
  private listeners = new Map<string, Listener[]>();
  private uploadListeners = new Map<string, Listener[]>();
  upload = {
    addEventListener: (type: string, listener: Listener) =>
      this.uploadListeners.set(type, [...(this.uploadListeners.get(type) ?? []), listener]),
  };
  constructor() {
    FakeXhr.made.push(this);
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name.toLowerCase()] = value;
  }
  getResponseHeader(name: string) {
    return this.responseHeaders[name.toLowerCase()] ?? null;
  }
  addEventListener(type: string, listener: Listener) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  send(body: unknown) {
    this.sent = body;
    const onSend = FakeXhr.onSend;
    if (onSend) setTimeout(() => onSend(this), 0);
  }
  abort() {
    this.fire('abort');
  }
  progress(loaded: number, total: number) {
    for (const listener of this.uploadListeners.get('progress') ?? [])
      listener({ lengthComputable: true, loaded, total } as ProgressEvent);
  }
  answer(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.fire('load');
  }
  drop() {
    this.status = 0;
    this.fire('error');
  }
  private fire(type: string) {
    for (const listener of this.listeners.get(type) ?? []) listener({} as ProgressEvent);
  }
}
