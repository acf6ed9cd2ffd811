// The store's failures as Postino errors: an item over DynamoDB's size limit is never a 500.
import { storeFailure } from '../../adapters/dynamo/store-errors';
import { httpStatusFor } from '../../core/errors';

function awsError(name: string, message: string): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}

describe('storeFailure', () => {
  it('maps an item-size ValidationException to PayloadTooLarge (413), not Internal', () => {
    for (const message of [
      'Item size has exceeded the maximum allowed size',
      'Item size to update has exceeded the maximum allowed size',
    ]) {
      const mapped = storeFailure(awsError('ValidationException', message), 'append');
      expect(mapped.code).toBe('PayloadTooLarge');
      expect(httpStatusFor(mapped.code)).toBe(413);
    }
  });

  it('keeps other validation failures Internal and outages StoreUnavailable', () => {
    expect(
      storeFailure(awsError('ValidationException', 'One or more parameter values were invalid'), 'x').code,
    ).toBe('Internal');
    expect(storeFailure(awsError('ProvisionedThroughputExceededException', 'slow down'), 'x').code).toBe(
      'StoreUnavailable',
    );
  });
});
