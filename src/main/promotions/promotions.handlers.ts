import type { AppContext } from '../core/app-context'
import { runCommand } from '../core/command'
import type { ChannelsOf, HandlerMap } from '../ipc/handler-types'
import { createPromotion, getPromotion, listPromotions, updatePromotion } from './promotions-store'

export function promotionsHandlers(app: AppContext): HandlerMap<ChannelsOf<'promotions'>> {
  return {
    'promotions.list': (input) => listPromotions(app.db, input),
    'promotions.get': ({ promotionId }) => getPromotion(app.db, promotionId),
    'promotions.create': (input, call) => runCommand(app, call, (scope) => createPromotion(scope, input)),
    'promotions.update': ({ promotionId, promotion }, call) => runCommand(app, call, (scope) => updatePromotion(scope, promotionId, promotion))
  }
}
