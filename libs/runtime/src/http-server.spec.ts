import { isGatewaySecret, withoutSuggestions } from './http-server';

describe('the transport helpers', () => {
  it('takes the gateway secret only exactly as set', () => {
    const secret = 'a'.repeat(40);
    expect(isGatewaySecret(secret, secret)).toBe(true);
    for (const presented of [undefined, '', 'a'.repeat(39), `${secret} `, [secret, secret]]) expect(isGatewaySecret(presented, secret)).toBe(false);
  });

  it('removes "Did you mean" hints, which name parts of the schema the caller did not ask for', () => {
    expect(withoutSuggestions('Cannot query field "netwrk" on type "Query". Did you mean "network" or "networks"?')).toBe(
      'Cannot query field "netwrk" on type "Query".',
    );
    expect(
      withoutSuggestions('Variable "$input" got invalid value { emial: "a" }; Field "emial" is not defined by type "SignInInput". Did you mean "email"?'),
    ).toBe('Variable "$input" got invalid value { emial: "a" }; Field "emial" is not defined by type "SignInInput".');
    expect(withoutSuggestions('Value "OWNR" does not exist in "Role" enum. Did you mean the enum value "OWNER"?')).toBe(
      'Value "OWNR" does not exist in "Role" enum.',
    );
    expect(withoutSuggestions('Access token has expired')).toBe('Access token has expired');
  });
});
