// The address classifier: every range the network policy names, in the forms an attacker would write them.
import { describe, expect, it } from 'vitest';
import { type AddressClass, classifyAddress, cloudMetadataAddresses } from '../../src/network/index.js';

const cases: Record<AddressClass, string[]> = {
  public: [
    '93.184.215.14',
    '2606:2800:21f:cb07:6820:80da:af6b:8b2c',
    '100.63.255.255',
    '100.128.0.0',
    '172.32.0.1',
    '::ffff:93.184.215.14',
  ],
  loopback: ['127.0.0.1', '127.255.255.254', '::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '0:0:0:0:0:ffff:7f00:0001'],
  private: [
    '10.0.0.1',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    'fd12:3456:789a::1',
    'fc00::1',
    'fec0::1',
    '::ffff:10.0.0.1',
    '::ffff:192.168.0.1',
    '64:ff9b::a00:1', // NAT64 of 10.0.0.1
    '2002:a00:1::1', // 6to4 of 10.0.0.1
  ],
  cgnat: ['100.64.0.1', '100.127.255.254', '::ffff:100.64.0.1'],
  reserved: ['192.0.2.1', '198.51.100.7', '203.0.113.9', '198.18.0.1', '240.0.0.1', '2001:db8::1', '100::1', 'pas-une-adresse'],
  'link-local': ['169.254.1.1', 'fe80::1', 'fe80::1%eth0', 'febf::1', '::ffff:169.254.1.1'],
  'cloud-metadata': [
    '169.254.169.254',
    'fd00:ec2::254',
    '100.100.100.200',
    '168.63.129.16',
    '::ffff:169.254.169.254',
    '::ffff:a9fe:a9fe', // 169.254.169.254 in hexadecimal groups
    '64:ff9b::a9fe:a9fe',
  ],
  multicast: ['224.0.0.1', '239.255.255.250', 'ff02::1', 'ff05::1:3'],
  unspecified: ['0.0.0.0', '0.1.2.3', '::', '::ffff:0.0.0.0'],
  broadcast: ['255.255.255.255', '::ffff:255.255.255.255'],
};

describe('classifyAddress', () => {
  for (const [addressClass, addresses] of Object.entries(cases)) {
    it.each(addresses)(`classes %s as ${addressClass}`, (address) => {
      expect(classifyAddress(address)).toBe(addressClass);
    });
  }

  it('knows every listed cloud-metadata address as such, not by its enclosing range', () => {
    for (const { address } of cloudMetadataAddresses) expect(classifyAddress(address), address).toBe('cloud-metadata');
  });

  it('reads IPv6 with brackets, upper case and compressed zeros the same way', () => {
    expect(classifyAddress('[FD00:EC2::254]')).toBe('cloud-metadata');
    expect(classifyAddress('fd00:ec2:0:0:0:0:0:254')).toBe('cloud-metadata');
    expect(classifyAddress('[::1]')).toBe('loopback');
  });
});
