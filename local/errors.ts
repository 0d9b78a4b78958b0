// Apps Script surfaces service failures as errors named "Exception", so String(e) reads "Exception: <message>".
export class GasException extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Exception';
  }
}

export function fail(message: string): never {
  throw new GasException(message);
}
