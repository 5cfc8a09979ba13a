// The assistant on Azure: Container Apps (two replicas at least) behind the platform's TLS ingress, PostgreSQL Flexible
// Server for state and Direct Line, Key Vault for every secret (read by the app's managed identity), Application Insights
// (through a Log Analytics workspace), and an Azure Bot with the Teams and Direct Line channels pointing at /api/messages.
// Deploy with:  az deployment group create -g <rg> -f deploy/azure/main.bicep -p deploy/azure/main.parameters.json
// (see deploy/README.md). Not validated by a Bicep compiler in this repository's test command.

@description('Short name used in every resource name (lowercase letters and digits).')
@minLength(3)
@maxLength(12)
param name string

param location string = resourceGroup().location

@description('The container image, e.g. myregistry.azurecr.io/vacancy-assistant:1.0 (built from deploy/Dockerfile).')
param image string

@description('Registry server of the image (empty for a public image). The app pulls with its managed identity (give it AcrPull).')
param registryServer string = ''

@description('Microsoft Entra app registration of the bot (single tenant): its client id.')
param botAppId string

@description('Tenant of the bot\'s app registration.')
param botTenantId string = tenant().tenantId

@secure()
@description('Client secret of the bot\'s app registration (stored in Key Vault).')
param botAppPassword string

@secure()
@description('PostgreSQL administrator password (stored in Key Vault as part of the connection string).')
param postgresPassword string

@secure()
@description('Direct Line secret of this host\'s own /v3/directline endpoint (long random string).')
param directLineSecret string = newGuid()

@secure()
@description('Key that signs Direct Line tokens; the same for every replica (long random string).')
param directLineSigningKey string = newGuid()

@secure()
@description('Access key of the staff lookup page (/staff) and /api/ask.')
param staffAccessKey string

@description('Replicas: at least two, so a restart or a deployment loses nothing.')
@minValue(2)
param minReplicas int = 2
param maxReplicas int = 6

var suffix = uniqueString(resourceGroup().id, name)
var postgresAdmin = 'assistantadmin'

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${name}-logs-${suffix}'
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 30
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${name}-ai-${suffix}'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
  }
}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${name}-id-${suffix}'
  location: location
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: take('${name}kv${suffix}', 24)
  location: location
  properties: {
    tenantId: tenant().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 30
    enablePurgeProtection: true
  }
}

// Key Vault Secrets User for the app's identity.
resource vaultReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, identity.id, 'secrets-user')
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4633458b-17de-408a-b874-0445c86b69e6')
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2023-12-01-preview' = {
  name: '${name}-pg-${suffix}'
  location: location
  sku: { name: 'Standard_B1ms', tier: 'Burstable' }
  properties: {
    version: '16'
    administratorLogin: postgresAdmin
    administratorLoginPassword: postgresPassword
    storage: { storageSizeGB: 32 }
    backup: { backupRetentionDays: 7, geoRedundantBackup: 'Disabled' }
    highAvailability: { mode: 'Disabled' }
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2023-12-01-preview' = {
  parent: postgres
  name: 'assistant'
}

// Azure services (the Container Apps environment) may connect; tighten with VNet integration for production.
resource postgresAzure 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2023-12-01-preview' = {
  parent: postgres
  name: 'AllowAzureServices'
  properties: { startIpAddress: '0.0.0.0', endIpAddress: '0.0.0.0' }
}

var secrets = {
  'storage-connection-string': 'Host=${postgres.properties.fullyQualifiedDomainName};Database=assistant;Username=${postgresAdmin};Password=${postgresPassword};SSL Mode=Require'
  'bot-app-password': botAppPassword
  'directline-secret': directLineSecret
  'directline-signing-key': directLineSigningKey
  'staff-access-key': staffAccessKey
}

resource vaultSecrets 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = [for secret in items(secrets): {
  parent: vault
  name: secret.key
  properties: { value: secret.value }
}]

resource environment 'Microsoft.App/managedEnvironments@2024-03-01' = {
  name: '${name}-env-${suffix}'
  location: location
  properties: {
    appLogsConfiguration: {
      destination: 'log-analytics'
      logAnalyticsConfiguration: {
        customerId: logs.properties.customerId
        sharedKey: logs.listKeys().primarySharedKey
      }
    }
  }
}

resource app 'Microsoft.App/containerApps@2024-03-01' = {
  name: '${name}-app'
  location: location
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  dependsOn: [vaultReader, vaultSecrets]
  properties: {
    managedEnvironmentId: environment.id
    configuration: {
      ingress: {
        external: true
        targetPort: 8080
        transport: 'auto'
        allowInsecure: false
      }
      registries: empty(registryServer) ? [] : [{ server: registryServer, identity: identity.id }]
      secrets: [for secret in items(secrets): {
        name: secret.key
        keyVaultUrl: '${vault.properties.vaultUri}secrets/${secret.key}'
        identity: identity.id
      }]
    }
    template: {
      containers: [
        {
          name: 'assistant'
          image: image
          resources: { cpu: json('1.0'), memory: '2Gi' }
          env: [
            { name: 'Assistant__Storage__Provider', value: 'postgres' }
            { name: 'Assistant__Storage__ConnectionString', secretRef: 'storage-connection-string' }
            { name: 'Assistant__DirectLine__Secret', secretRef: 'directline-secret' }
            { name: 'Assistant__DirectLine__SigningKey', secretRef: 'directline-signing-key' }
            { name: 'Assistant__Staff__AccessKey', secretRef: 'staff-access-key' }
            { name: 'Assistant__Staff__AllowLoopback', value: 'false' }
            { name: 'Assistant__Bot__MicrosoftAppId', value: botAppId }
            { name: 'Assistant__Bot__MicrosoftAppTenantId', value: botTenantId }
            { name: 'Assistant__Bot__MicrosoftAppPassword', secretRef: 'bot-app-password' }
            // The Container Apps ingress (Envoy) is the only proxy in front; its addresses are in the environment's
            // infrastructure range. Set Assistant__Web__KnownNetworks__0 to that range to rate-limit per real client.
            { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insights.properties.ConnectionString }
          ]
          probes: [
            { type: 'Liveness', httpGet: { path: '/healthz', port: 8080 }, periodSeconds: 15 }
            { type: 'Readiness', httpGet: { path: '/readyz', port: 8080 }, periodSeconds: 10, failureThreshold: 3 }
            { type: 'Startup', httpGet: { path: '/healthz', port: 8080 }, periodSeconds: 5, failureThreshold: 24 }
          ]
          volumeMounts: [{ volumeName: 'data', mountPath: '/app/data' }]
        }
      ]
      volumes: [{ name: 'data', storageType: 'EmptyDir' }]
      scale: {
        minReplicas: minReplicas
        maxReplicas: maxReplicas
        rules: [{ name: 'http', http: { metadata: { concurrentRequests: '50' } } }]
      }
    }
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${name}-bot-${suffix}'
  location: 'global'
  kind: 'azurebot'
  sku: { name: 'S1' }
  properties: {
    displayName: 'Vacaturebot ${name}'
    endpoint: 'https://${app.properties.configuration.ingress.fqdn}/api/messages'
    msaAppId: botAppId
    msaAppTenantId: botTenantId
    msaAppType: 'SingleTenant'
    developerAppInsightKey: insights.properties.InstrumentationKey
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: { isEnabled: true }
  }
}

resource directLine 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: 'global'
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [{ siteName: 'website', isEnabled: true, isV1Enabled: false, isV3Enabled: true, isSecureSiteEnabled: false }]
    }
  }
}

output url string = 'https://${app.properties.configuration.ingress.fqdn}'
output messagingEndpoint string = bot.properties.endpoint
output keyVault string = vault.name
output identityPrincipalId string = identity.properties.principalId
