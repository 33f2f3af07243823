export { NotConfiguredError, withConfigurationCheck } from '../../../common/notConfiguredError';
